import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter } from 'react-router';
import { ToastRegion } from '@/components/ui/toast-region';
import { toastStore } from '@/components/ui/toast-store';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  act(() => toastStore.clear());
});

const show = (outcome: 'succeeded' | 'failed') =>
  act(() =>
    toastStore.push({
      id: `t-${outcome}`,
      tone: outcome === 'succeeded' ? 'success' : 'error',
      title: `Task ${outcome}`,
      body: 'Nightly copy',
    }),
  );

describe('ToastRegion', () => {
  it('a success fades after 10 s, but not while the pointer or focus is on it; a failure stays', () => {
    vi.useFakeTimers();
    render(
      <MemoryRouter>
        <ToastRegion label="Notifications" />
      </MemoryRouter>,
    );
    show('succeeded');
    show('failed');
    const toast = screen.getByText('Task succeeded').closest('li')!;
    fireEvent.mouseEnter(toast);
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.queryByText('Task succeeded')).not.toBeNull();
    fireEvent.mouseLeave(toast);
    act(() => {
      vi.advanceTimersByTime(9_000);
    });
    expect(screen.queryByText('Task succeeded')).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.queryByText('Task succeeded')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.queryByText('Task failed')).not.toBeNull();
  });

  it('shows one toast per id, with its link, and dismisses it on request', async () => {
    render(
      <MemoryRouter>
        <ToastRegion label="Notifications" />
      </MemoryRouter>,
    );
    const toast = {
      id: 'x',
      tone: 'neutral',
      title: 'Copied',
      link: { label: 'View task', to: '/activity/x' },
    } as const;
    act(() => toastStore.push(toast));
    act(() => toastStore.push(toast));
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
    expect(within(region).getByRole('link', { name: 'View task' }).getAttribute('href')).toBe('/activity/x');
    await userEvent.click(within(region).getByRole('button', { name: 'Dismiss: Copied' }));
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('offers no "View task" while that task’s page is the one shown', async () => {
    render(
      <MemoryRouter initialEntries={['/activity/x']}>
        <ToastRegion label="Notifications" />
        <Link to="/activity">All tasks</Link>
      </MemoryRouter>,
    );
    act(() =>
      toastStore.push({
        id: 'x',
        tone: 'neutral',
        title: 'Task cancelled',
        link: { label: 'View task', to: '/activity/x' },
      }),
    );
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(within(region).getByText('Task cancelled')).toBeTruthy();
    expect(within(region).queryByRole('link', { name: 'View task' })).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'All tasks' }));
    expect(within(region).getByRole('link', { name: 'View task' })).toBeTruthy();
  });

  it('keeps the newest five', () => {
    render(
      <MemoryRouter>
        <ToastRegion label="Notifications" />
      </MemoryRouter>,
    );
    act(() => {
      for (let i = 1; i <= 7; i++) toastStore.push({ id: `t${i}`, tone: 'error', title: `Toast ${i}` });
    });
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Toast 3',
      'Toast 4',
      'Toast 5',
      'Toast 6',
      'Toast 7',
    ]);
  });
});
