// The layout composes the header navigation and one activity notifications host for every page.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setUpComponentTests } from '@/test/fake-services';
import { renderApp } from '@/test/render-app';
import { routeTo } from '@/lib/routes/paths';
import { taskSubmitted } from '@/lib/events/task-submitted';
import { GlobusError } from '@/lib/globus/errors';
import { resetNotificationsForTests } from '@/features/activity/notifications/activity-notifications';
import { makeTask, makeTaskList } from '@/features/activity/test/fixtures';

setUpComponentTests();
beforeEach(() => resetNotificationsForTests());

const TASK_LIST = /^task_list$/;

describe('app layout', () => {
  it('links the file manager and the activity pages, marking the current one', async () => {
    const { router } = renderApp(routeTo.files(), [{ path: TASK_LIST, reply: () => makeTaskList([]) }]);
    const nav = await screen.findByRole('navigation', { name: 'Main' }, { timeout: 5000 });
    expect(within(nav).getByRole('link', { name: 'Files' }).getAttribute('aria-current')).toBe('page');
    await userEvent.click(within(nav).getByRole('link', { name: 'Activity' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' }, { timeout: 5000 })).toBeTruthy();
    // The page names itself once: the app name in the header is no second <h1>.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(router.state.location.pathname).toBe('/activity');
    expect(within(nav).getByRole('link', { name: 'Activity' }).getAttribute('aria-current')).toBe('page');
  });

  it('a file dropped where nothing takes it is refused, so the browser never opens it in place of the app', async () => {
    renderApp(routeTo.activity(), [{ path: TASK_LIST, reply: () => makeTaskList([]) }]);
    const nav = await screen.findByRole('navigation', { name: 'Main' }, { timeout: 5000 });
    const files = { types: ['Files'], files: [new File(['x'], 'x.txt')], dropEffect: 'copy' };
    expect(fireEvent.dragOver(nav, { dataTransfer: files })).toBe(false);
    expect(fireEvent.drop(nav, { dataTransfer: files })).toBe(false);
    // Other drags are none of its business.
    expect(fireEvent.dragOver(nav, { dataTransfer: { types: ['text/plain'], files: [] } })).toBe(true);
  });

  it('returns to the panes the user last had open', async () => {
    const { router } = renderApp(routeTo.files({ originId: 'c-1', originPath: '/data/' }), [
      { path: /.*/, reply: () => new Promise(() => {}) }, // the file manager's own requests stay pending
    ]);
    const nav = await screen.findByRole('navigation', { name: 'Main' }, { timeout: 5000 });
    await act(() => router.navigate(routeTo.activity()));
    await userEvent.click(within(nav).getByRole('link', { name: 'Files' }));
    expect(router.state.location.search).toBe('?origin_id=c-1&origin_path=%2Fdata%2F');
  });

  it('toasts a task submitted from another page once, and keeps one notifications region across pages', async () => {
    const task = () =>
      makeTask({
        task_id: 't-1',
        label: 'Nightly copy',
        status: 'SUCCEEDED',
        completion_time: '2024-01-01T00:00:00+00:00',
      });
    renderApp(routeTo.files(), [{ path: TASK_LIST, reply: () => makeTaskList([task()]) }]);
    // The host arrives lazily after the first render.
    await screen.findByRole('region', { name: 'Task notifications' }, { timeout: 5000 });
    act(() => {
      taskSubmitted.emit({ taskId: 't-1', label: 'Nightly copy', kind: 'transfer' });
    });
    const region = screen.getByRole('region', { name: 'Task notifications' });
    expect(await within(region).findByText('Task finished')).toBeTruthy();
    expect(within(region).getByText(/Nightly copy/)).toBeTruthy();

    await userEvent.click(screen.getByRole('link', { name: 'Activity' }));
    expect(await screen.findByRole('link', { name: 'Nightly copy' })).toBeTruthy();
    expect(screen.getAllByRole('region', { name: 'Task notifications' })).toHaveLength(1);
    expect(within(region).getAllByText('Task finished')).toHaveLength(1);
    expect(screen.getAllByTestId('activity-live-region')).toHaveLength(1);
  });

  it('after the session ends: one "Log in again", and the header no longer names the user as logged in', async () => {
    const ended = () => {
      throw new GlobusError({
        service: 'transfer',
        status: 401,
        code: 'LoginRequired',
        message: 'You are not logged in to Globus, or your login has expired.',
        body: undefined,
        loginRequired: true,
      });
    };
    // Every request of the file manager's pane meets the ended session.
    renderApp(routeTo.files({ originId: 'c-1', originPath: '/data/' }), [{ path: /.*/, reply: ended }]);
    const banner = (await screen.findAllByRole('banner', {}, { timeout: 5000 }))[0]!;
    expect(await screen.findByText('Your session has ended', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Log in again' })).toHaveLength(1);
    expect(within(banner).queryByText('Ada Lovelace')).toBeNull();
    expect(within(banner).getByText('Session ended')).toBeTruthy();
  });
});
