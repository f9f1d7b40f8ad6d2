import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';
import { SyncPreviewDialog } from '@/features/file-manager/components/dialogs/sync-preview-dialog';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { entry, listing } from '@/features/file-manager/test/listing';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpComponentTests();

const file = (name: string, size = 5) => entry(name, 'file', size);
const dir = (name: string) => entry(name, 'dir');

const SOURCE: Record<string, FileEntry[]> = {
  '/data/proj/': [file('top.txt'), file('same.txt'), dir('a'), dir('fresh')],
  '/data/proj/a/': [file('bigger.txt', 9), dir('b')],
  '/data/proj/a/b/': [file('deep.txt')],
  '/data/proj/fresh/': [file('one.txt')],
};
const DEST: Record<string, FileEntry[]> = {
  '/backup/proj/': [file('same.txt'), dir('a')],
  '/backup/proj/a/': [file('bigger.txt', 5), dir('b')],
  '/backup/proj/a/b/': [file('deep.txt')],
};

function renderPreview(hold?: { path: string; until: Promise<void> }) {
  const tree = (id: string) => (id === 'src' ? SOURCE : DEST);
  const { http, calls } = createFakeHttp([
    {
      path: /^operation\/endpoint\/(src|dst)\/ls$/,
      reply: async (req, match) => {
        const path = String(req.query?.path);
        if (hold?.path === path) await hold.until;
        const found = tree(match[1]!)[path];
        return found ? listing(path, found, match[1]) : httpError(404, { code: 'ClientError.NotFound' });
      },
    },
  ]);
  const onTransfer = vi.fn();
  const form = {
    ...newTransferForm(
      { collectionId: 'src', collectionName: 'Lab', path: '/data/' },
      { collectionId: 'dst', collectionName: 'Backup', path: '/backup/' },
      [{ name: 'proj', isDir: true }],
    ),
    syncLevel: '1' as const,
  };
  renderWithServices({ http, element: <SyncPreviewDialog form={form} onClose={() => {}} onTransfer={onTransfer} /> });
  const listed = () => calls.map((c) => `${c.path.split('/')[2]}:${String(c.query?.path)}`);
  return { onTransfer, listed };
}

const copiedRows = () =>
  within(screen.getByRole('table', { name: 'Files that would be copied' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('SyncPreviewDialog', () => {
  it('compares the sub-folders too and lists what would be copied by relative path, per sync level', async () => {
    const { listed, onTransfer } = renderPreview();
    const summary = await screen.findByText(/would be copied \(/);
    expect(summary.textContent).toMatch(
      /^3 files would be copied \(2 new, 1 changed\); 2 already up to date, in 4 folders compared\.$/,
    );
    expect(copiedRows()).toEqual([
      ['top.txt', 'New', 'missing at the destination'],
      ['a/bigger.txt', 'Changed', 'size differs'],
      ['fresh/one.txt', 'New', 'missing at the destination'],
    ]);
    // The folder missing at the destination is not asked for there: all of it is new.
    expect(listed().filter((l) => l.startsWith('dst:'))).toEqual([
      'dst:/backup/proj/',
      'dst:/backup/proj/a/',
      'dst:/backup/proj/a/b/',
    ]);
    expect(screen.queryByText(/not in this preview/)).toBeNull();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sync level' }), 'Always copy');
    // Shallow first: a folder's files before its sub-folders'.
    expect(copiedRows().map((r) => r[0])).toEqual([
      'top.txt',
      'same.txt',
      'a/bigger.txt',
      'fresh/one.txt',
      'a/b/deep.txt',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Set up this transfer…' }));
    expect(onTransfer).toHaveBeenCalledWith(expect.objectContaining({ syncLevel: '' }));
  });

  it('shows its progress, and Stop comparing ends at once with what was compared and a note of what was not', async () => {
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    renderPreview({ path: '/data/proj/a/', until });
    const progress = await screen.findByText(/Comparing folders: 1 of 3 listed \(now “a\/”\)/);
    expect(progress.getAttribute('role')).toBe('status');
    expect(screen.getByRole('progressbar', { name: 'Comparing folders' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(await screen.findByText(/Comparing was stopped/)).toBeTruthy();
    expect(screen.getByText(/^1 file would be copied \(/)).toBeTruthy();
    expect(copiedRows()).toEqual([['top.txt', 'New', 'missing at the destination']]);
    await userEvent.click(screen.getByText('2 folders not compared'));
    expect(screen.getByText('a/')).toBeTruthy();
    expect(screen.getByText('fresh/')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stop comparing' })).toBeNull();
    release();
  });

  it('the compared folder failing to list says why', async () => {
    const { http } = createFakeHttp([
      { path: /ls$/, reply: () => httpError(403, { code: 'PermissionDenied', message: 'No access' }) },
    ]);
    const form = newTransferForm(
      { collectionId: 'src', collectionName: 'Lab', path: '/data/' },
      { collectionId: 'dst', collectionName: 'Backup', path: '/backup/' },
      [{ name: 'proj', isDir: true }],
    );
    renderWithServices({ http, element: <SyncPreviewDialog form={form} onClose={() => {}} onTransfer={() => {}} /> });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText(/would be copied/)).toBeNull();
  });
});
