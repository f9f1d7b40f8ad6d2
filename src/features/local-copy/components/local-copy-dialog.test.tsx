import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { localCopyRequested, type LocalCopyRequest } from '@/lib/events/local-copy-requested';
import { loadLocalRoot } from '@/lib/local-files/local-roots';
import type * as LocalRoots from '@/lib/local-files/local-roots';
import { LocalCopy } from '@/features/local-copy/components/local-copy';
import { createCopyQueue } from '@/features/local-copy/model/copy-queue';
import { fakeTransport, makeJob, memoryJobStore } from '@/features/local-copy/test/fake-transport';
import { fakeDirectory } from '@/features/local-copy/test/fake-folder';

vi.mock('@/lib/local-files/local-roots', async (original) => ({
  ...(await original<typeof LocalRoots>()),
  loadLocalRoot: vi.fn(),
}));

setUpComponentTests();

const SERVER = 'https://g-1.data.example.org';
const collection = (https_server: string | null) => ({
  DATA_TYPE: 'endpoint',
  id: 'c-1',
  display_name: 'Lab Storage',
  entity_type: 'GCSv5_mapped_collection',
  https_server,
});
const file = (name: string, size: number, type: 'file' | 'dir' = 'file') => ({
  DATA_TYPE: 'file',
  name,
  type,
  size,
  last_modified: null,
  permissions: null,
  user: null,
  group: null,
  link_target: null,
});
const listing = (path: string, entries: ReturnType<typeof file>[]) => ({
  DATA_TYPE: 'file_list',
  endpoint: 'c-1',
  path,
  // Transfer echoes a `~` path and names the real one (here the home folder is /home/lab/).
  absolute_path: path.startsWith('/~/') ? path.replace('/~/', '/home/lab/') : null,
  DATA: entries,
});

const DOWN: LocalCopyRequest = {
  direction: 'down',
  localRootId: 'local:k1',
  localPath: '/',
  collectionId: 'c-1',
  collectionPath: '/data/',
  items: [
    { name: 'run', type: 'dir', size: 4096 },
    { name: 'notes.txt', type: 'file', size: 5 },
  ],
};

function setUp(httpsServer: string | null = SERVER) {
  const folder = fakeDirectory('Lab PC', { 'notes.txt': 'hello' });
  vi.mocked(loadLocalRoot).mockResolvedValue({ id: 'local:k1', name: 'Lab PC', handle: folder, addedAt: 1 });
  const { http } = createFakeHttp([
    { path: 'endpoint/c-1', reply: () => collection(httpsServer) },
    {
      path: 'operation/endpoint/c-1/ls',
      reply: (req) =>
        req.query?.path === '/data/run/'
          ? listing('/data/run/', [file('a.csv', 10), file('b.csv', 20)])
          : listing(String(req.query?.path), []),
    },
  ]);
  const t = fakeTransport();
  const queue = createCopyQueue({ transport: t.transport, store: memoryJobStore() });
  renderWithServices({ http, element: <LocalCopy queue={queue} /> });
  return { queue, t };
}

const request = (r: LocalCopyRequest) => act(() => localCopyRequested.emit(r));

describe('the copy dialog', () => {
  it('uploads: asks once for the folder the browser no longer allows, then plans from it', async () => {
    const user = userEvent.setup();
    const { queue } = setUp();
    const folder = fakeDirectory('Lab PC', { run: { 'a.csv': '0123456789' } });
    let state: PermissionState = 'prompt';
    Object.assign(folder, {
      queryPermission: () => Promise.resolve(state),
      requestPermission: () => Promise.resolve((state = 'granted')),
    });
    vi.mocked(loadLocalRoot).mockResolvedValue({ id: 'local:k1', name: 'Lab PC', handle: folder, addedAt: 1 });
    request({ ...DOWN, direction: 'up', items: [{ name: 'run', type: 'dir', size: 0 }] });
    const dialog = await screen.findByRole('dialog', { name: 'Upload to collection' });
    await user.click(await within(dialog).findByRole('button', { name: 'Allow access to “Lab PC”' }));
    await within(dialog).findByText('1 folder and 1 file, 10 B in total.');
    await user.click(within(dialog).getByRole('button', { name: 'Start copying' }));
    await waitFor(() =>
      expect(queue.getSnapshot().jobs[0]).toMatchObject({ direction: 'up', collectionPath: '/data/' }),
    );
  });

  it('copies to the real folder, not Transfer’s unexpanded `~`, which the HTTPS server cannot resolve', async () => {
    const user = userEvent.setup();
    const { queue } = setUp();
    request({ ...DOWN, direction: 'up', collectionPath: '/~/', items: [{ name: 'notes.txt', type: 'file', size: 5 }] });
    const dialog = await screen.findByRole('dialog', { name: 'Upload to collection' });
    await within(dialog).findByText('0 folders and 1 file, 5 B in total.');
    await user.click(within(dialog).getByRole('button', { name: 'Start copying' }));
    await waitFor(() => expect(queue.getSnapshot().jobs[0]).toMatchObject({ collectionPath: '/home/lab/' }));
  });

  it('plans the copy, counts what it skips, and queues it with the chosen options', async () => {
    const user = userEvent.setup();
    const { queue } = setUp();
    request(DOWN);
    const dialog = await screen.findByRole('dialog', { name: 'Download to this computer' });
    await within(dialog).findByText('1 folder and 3 files, 35 B in total.');
    expect(within(dialog).getByText(/1 file already exists there with the same size: 1 will be skipped/)).toBeTruthy();
    expect(within(dialog).getByText(/no copy measured yet/)).toBeTruthy();
    expect(within(dialog).getByText(/Globus computes no checksums/)).toBeTruthy();

    await user.click(within(dialog).getByRole('radio', { name: 'Stop at the first error' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start copying' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [job] = queue.getSnapshot().jobs;
    expect(job).toMatchObject({
      direction: 'down',
      stopOnError: true,
      skipExisting: true,
      skipped: 1,
      localRootName: 'Lab PC',
    });
    expect(job!.items.map((i) => i.rel)).toEqual(['run', 'run/a.csv', 'run/b.csv']);
    expect(await screen.findByRole('region', { name: 'Copies with this computer' })).toBeTruthy();
  });

  it('has the focus on “Start copying” from the start, so Enter starts the copy once it is planned', async () => {
    const user = userEvent.setup();
    const { queue } = setUp();
    request(DOWN);
    const dialog = await screen.findByRole('dialog', { name: 'Download to this computer' });
    const start = within(dialog).getByRole('button', { name: 'Start copying' });
    expect(document.activeElement).toBe(start);
    await within(dialog).findByText('1 folder and 3 files, 35 B in total.');
    expect(document.activeElement).toBe(start);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(queue.getSnapshot().jobs).toHaveLength(1));
  });

  it('overwrites instead of skipping when asked', async () => {
    const user = userEvent.setup();
    const { queue } = setUp();
    request(DOWN);
    const dialog = await screen.findByRole('dialog', { name: 'Download to this computer' });
    await within(dialog).findByText(/1 will be skipped/);
    await user.click(within(dialog).getByRole('radio', { name: 'Overwrite them' }));
    expect(within(dialog).getByText(/with the same size and will be overwritten/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Start copying' }));
    await waitFor(() => expect(queue.getSnapshot().jobs[0]?.items).toHaveLength(4));
  });

  it('explains a collection without an HTTPS server and offers no start', async () => {
    setUp(null);
    request(DOWN);
    const dialog = await screen.findByRole('dialog', { name: 'Download to this computer' });
    expect(await within(dialog).findByText('“Lab Storage” has no HTTPS server')).toBeTruthy();
    expect(within(dialog).getByText(/install Globus Connect Personal/)).toBeTruthy();
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Start copying' }).disabled).toBe(true);
  });

  it('refuses a copy to a file another copy is still writing, and says which', async () => {
    const user = userEvent.setup();
    const { queue } = setUp();
    queue.add(makeJob([['run/a.csv', 10]], { localRootId: 'local:k1', localPath: '/' }));
    request({ ...DOWN, items: [{ name: 'run', type: 'dir', size: 0 }] });
    const dialog = await screen.findByRole('dialog', { name: 'Download to this computer' });
    await within(dialog).findByText(/1 folder and 2 files/);
    await user.click(within(dialog).getByRole('button', { name: 'Start copying' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('“run/a.csv” is already being copied to the same place');
    expect(queue.getSnapshot().jobs).toHaveLength(1);
  });
});
