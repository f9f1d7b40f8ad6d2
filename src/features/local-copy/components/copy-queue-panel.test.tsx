import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { CollectionHttpsError } from '@/lib/globus/https';
import { LocalCopy } from '@/features/local-copy/components/local-copy';
import { directoryKeys } from '@/lib/queries/directory';
import { createCopyQueue } from '@/features/local-copy/model/copy-queue';
import { fakeTransport, makeJob, memoryJobStore } from '@/features/local-copy/test/fake-transport';

setUpComponentTests();

function setUp() {
  const t = fakeTransport();
  const store = memoryJobStore();
  const queue = createCopyQueue({ transport: t.transport, store, sleep: () => Promise.resolve() });
  const { http } = createFakeHttp();
  const { auth, queryClient } = renderWithServices({ http, element: <LocalCopy queue={queue} /> });
  return { queue, t, auth, store, queryClient };
}

const TITLE = 'Download from “Lab Storage” to “Lab PC”';

describe('the copies panel', () => {
  it('shows nothing until there is a copy', () => {
    setUp();
    expect(screen.queryByRole('region', { name: 'Copies with this computer' })).toBeNull();
  });

  it('lists each running file with its progress, and pauses, resumes and cancels from the keyboard', async () => {
    const user = userEvent.setup();
    const { queue, t } = setUp();
    const job = makeJob([
      ['a.bin', 100],
      ['b.bin', 50],
    ]);
    act(() => void queue.add(job));
    const region = await screen.findByRole('region', { name: 'Copies with this computer' });
    const card = within(region).getByRole('listitem', { name: TITLE });
    await waitFor(() => expect(t.pending()).toHaveLength(2));
    act(() => t.running('a.bin')!.progress(40));
    act(() => t.running('b.bin')!.resolve());

    await waitFor(() =>
      expect(within(card).getByRole('progressbar', { name: 'a.bin' }).getAttribute('aria-valuenow')).toBe('40'),
    );
    const files = within(card).getByRole('list', { name: `Files: ${TITLE}` });
    expect(within(files).getByText('Copying 40 B of 100 B')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(card)
          .getByRole('progressbar', { name: `Overall progress: ${TITLE}` })
          .getAttribute('aria-valuetext'),
      ).toMatch(/^90 B of 150 B, 1 of 2 files/),
    );
    expect(within(region).getByRole('status').textContent).toContain(`${TITLE}: Copying, 1 of 2 files, 60%.`);

    within(card).getByRole('button', { name: 'Pause' }).focus();
    await user.keyboard('{Enter}');
    expect(within(card).getByText('Paused')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(t.pending()).toHaveLength(1));

    await user.click(within(card).getByRole('button', { name: 'Cancel copy' }));
    expect(await within(card).findByText('1 half-written file was removed.')).toBeTruthy();
    expect(within(card).getByText('Cancelled')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Remove from list' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Copies with this computer' })).toBeNull());
  });

  it('lists failed files with their reasons and retries them', async () => {
    const user = userEvent.setup();
    const { queue, t } = setUp();
    act(() => void queue.add(makeJob([['gone.txt', 3]], { skipped: 2 })));
    const card = await screen.findByRole('listitem', { name: TITLE });
    await waitFor(() => expect(t.running('gone.txt')).toBeDefined());
    act(() => t.running('gone.txt')!.reject(new CollectionHttpsError('HTTP 404', 404, false, [])));
    expect(await within(card).findByText('“gone.txt” is no longer on “Lab Storage”.')).toBeTruthy();
    // The job's state and the file's status both say it.
    expect(within(card).getAllByText('Failed')).toHaveLength(2);
    expect(within(card).getByText('2 files were skipped: already there with the same size.')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Retry failed files' }));
    await waitFor(() => expect(t.calls).toHaveLength(2));
  });

  it('says a copy failed, or finished with failures, instead of just “Finished”, and announces it', async () => {
    const { queue, t } = setUp();
    act(
      () =>
        void queue.add(
          makeJob([
            ['a.bin', 100],
            ['b.bin', 100],
          ]),
        ),
    );
    const card = await screen.findByRole('listitem', { name: TITLE });
    await waitFor(() => expect(t.pending()).toHaveLength(2));
    act(() => t.running('a.bin')!.reject(new CollectionHttpsError('HTTP 404', 404, false, [])));
    act(() => t.running('b.bin')!.reject(new CollectionHttpsError('HTTP 404', 404, false, [])));
    await waitFor(() => expect(within(card).getByText('0 B of 200 B, 0 of 2 files, 2 failed')).toBeTruthy());
    expect(within(card).queryByText('Finished')).toBeNull();
    const region = screen.getByRole('region', { name: 'Copies with this computer' });
    expect(within(region).getByRole('status').textContent).toContain(`${TITLE}: Failed, 0 of 2 files, 0%, 2 failed.`);

    await userEvent.click(within(card).getByRole('button', { name: 'Retry failed files' }));
    await waitFor(() => expect(t.pending()).toHaveLength(2));
    act(() => t.running('a.bin')!.resolve());
    act(() => t.running('b.bin')!.reject(new CollectionHttpsError('HTTP 404', 404, false, [])));
    expect(await within(card).findByText('Finished with 1 failed')).toBeTruthy();
    expect(within(region).getByRole('status').textContent).toContain(`${TITLE}: Finished with 1 failed, 1 of 2 files`);
  });

  it('asks for the login the HTTPS server wants and keeps the copy for the return', async () => {
    const user = userEvent.setup();
    const { queue, t, auth, store } = setUp();
    const job = makeJob([['a.bin', 1]]);
    act(() => void queue.add(job));
    await waitFor(() => expect(t.running('a.bin')).toBeDefined());
    act(() => t.running('a.bin')!.reject(new CollectionHttpsError('HTTP 401', 401, true, ['https-scope'])));
    const card = await screen.findByRole('listitem', { name: TITLE });
    expect(await within(card).findByText('Waiting for you to log in')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Log in to continue' }));
    await waitFor(() =>
      expect(auth.login).toHaveBeenCalledWith(expect.objectContaining({ extraScopes: ['https-scope'] })),
    );
    expect(store.saved.get(job.id)).toMatchObject({ pauseReason: 'login', loginStarted: true });
  });

  it('asks once for the folder permission a reload took away, then goes on', async () => {
    const user = userEvent.setup();
    const t = fakeTransport({ granted: false });
    const store = memoryJobStore();
    const job = makeJob([['a.bin', 1]]);
    await store.save(job);
    const queue = createCopyQueue({ transport: t.transport, store });
    await queue.restore();
    renderWithServices({ http: createFakeHttp().http, element: <LocalCopy queue={queue} /> });
    const card = await screen.findByRole('listitem', { name: TITLE });
    expect(within(card).getByText('Waiting for access to the folder')).toBeTruthy();
    expect(t.calls).toHaveLength(0);
    await user.click(within(card).getByRole('button', { name: 'Allow access to “Lab PC” and resume' }));
    await waitFor(() => expect(t.running('a.bin')).toBeDefined());
    expect(within(card).getByText('Copying')).toBeTruthy();
  });

  it('lists the folder it copied into again once the copy ends, so the pane shows what arrived', async () => {
    const { queue, t, queryClient } = setUp();
    const localFolder = directoryKeys.dir('local:k1', '/');
    const otherFolder = directoryKeys.dir('c-1', '/');
    queryClient.setQueryData(localFolder, { DATA: [] });
    queryClient.setQueryData(otherFolder, { DATA: [] });
    act(() => void queue.add(makeJob([['a.bin', 10]])));
    await waitFor(() => expect(t.running('a.bin')).toBeDefined());
    expect(queryClient.getQueryState(localFolder)?.isInvalidated).toBe(false);
    act(() => t.running('a.bin')!.resolve());
    await waitFor(() => expect(queryClient.getQueryState(localFolder)?.isInvalidated).toBe(true));
    // A download writes on this computer only: the collection's listings stay as they were.
    expect(queryClient.getQueryState(otherFolder)?.isInvalidated).toBe(false);
  });
});
