import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ToastRegion } from '@/features/activity/notifications/toast-region';
import { toastStore } from '@/features/activity/notifications/toast-store';

afterEach(() => {
  vi.useRealTimers();
  act(() => toastStore.clear());
});

const show = (outcome: 'succeeded' | 'failed') =>
  act(() => toastStore.push({ taskId: `t-${outcome}`, outcome, title: `Task ${outcome}`, body: 'Nightly copy' }));

describe('ToastRegion', () => {
  it('a success fades after 10 s, but not while the pointer or focus is on it; a failure stays', () => {
    vi.useFakeTimers();
    render(<MemoryRouter><ToastRegion /></MemoryRouter>);
    show('succeeded');
    show('failed');
    const toast = screen.getByText('Task succeeded').closest('li')!;
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.queryByText('Task succeeded')).not.toBeNull();
    fireEvent.mouseLeave(toast);
    act(() => vi.advanceTimersByTime(9_000));
    expect(screen.queryByText('Task succeeded')).not.toBeNull();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByText('Task succeeded')).toBeNull();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByText('Task failed')).not.toBeNull();
  });
});
