import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as LocalRoots from '@/lib/local-files/local-roots';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { asHandle, fakeFolder, type FakeFolder } from '@/test/fake-local-folder';
import { renderWithServices } from '@/test/render';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { DualPane } from '@/features/file-manager/components/dual-pane';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';

// Happy-dom has no File System Access: the remembered folder is an in-memory fake.
const roots = new Map<string, LocalRoots.LocalRoot>();
vi.mock('@/lib/local-files/local-roots', async (original) => ({
  ...(await original<typeof LocalRoots>()),
  loadLocalRoot: (id: string) => Promise.resolve(roots.get(id) ?? null),
}));

setUpComponentTests();

let folder: FakeFolder;
beforeEach(() => {
  folder = fakeFolder('Lab data', { 'notes.txt': { size: 5, lastModified: 0 }, sub: {} });
  roots.clear();
  roots.set('local:k1', { id: 'local:k1', name: 'Lab data', handle: asHandle(folder), addedAt: 0 });
});

function renderLocalPane() {
  // No Transfer route at all: any request would fail the test.
  const { http, calls } = createFakeHttp([]);
  renderWithServices({
    http,
    element: (
      <TestFileManager left={{ collectionId: 'local:k1', path: '' }}>
        <DualPane
          paneNames={{ left: 'This computer: Lab data', right: 'No collection' }}
          renderPane={(side) => (side === 'left' ? <FilePane collectionName="This computer: Lab data" /> : null)}
        />
      </TestFileManager>
    ),
  });
  return { calls };
}

describe('a pane of local files', () => {
  it('after a reload asks for access with one button, then lists the folder', async () => {
    folder.permission = 'prompt';
    const { calls } = renderLocalPane();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/asks again after a reload/);
    expect(screen.queryByRole('grid')).toBeNull();
    await userEvent.click(within(alert).getByRole('button', { name: 'Allow access to Lab data' }));
    const grid = await screen.findByRole('grid', { name: 'Files in This computer: Lab data at /' });
    expect(within(grid).getByRole('row', { name: /notes\.txt/ })).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('says so when access is refused, and keeps the button to try again', async () => {
    folder.permission = 'prompt';
    folder.grantOnRequest = false;
    renderLocalPane();
    await userEvent.click(await screen.findByRole('button', { name: 'Allow access to Lab data' }));
    expect((await screen.findByText(/Access was not allowed/)).textContent).toMatch(/Choose Allow/);
    expect(screen.getByRole('button', { name: 'Allow access to Lab data' })).toBeTruthy();
  });

  it('the function-key bar keeps Transfer-only commands reachable, marked off, saying why when pressed', async () => {
    renderLocalPane();
    await screen.findByRole('row', { name: /notes\.txt/ });
    const bar = screen.getByRole('navigation', { name: 'Commands' });
    const move = within(bar).getByRole('button', { name: /Move/ });
    expect(move.getAttribute('aria-disabled')).toBe('true');
    expect(move.getAttribute('title')).toMatch(/computer’s file manager/);
    await userEvent.click(move);
    const notice = await screen.findByRole('dialog', { name: 'Move: not available here' });
    expect(notice.textContent).toMatch(/F5/);
    // With this computer on one side, F5 copies through the HTTPS server: it is not called a Transfer.
    expect(within(bar).getByRole('button', { name: /F5/ }).textContent).toBe('F5Copy to other pane');
    // New folder is a local operation: on.
    expect(
      within(bar)
        .getByRole('button', { name: /New folder/ })
        .hasAttribute('disabled'),
    ).toBe(false);
  });

  it('files dropped from the desktop are not silently ignored: the pane says what to do instead', async () => {
    renderLocalPane();
    const grid = await screen.findByRole('grid', { name: 'Files in This computer: Lab data at /' });
    const dataTransfer = { types: ['Files'], files: [new File(['x'], 'photo.jpg')], dropEffect: 'none' };
    fireEvent.dragOver(grid, { dataTransfer });
    fireEvent.drop(grid, { dataTransfer });
    const notice = await screen.findByRole('dialog', { name: 'Dropping files here is not supported' });
    expect(notice.textContent).toMatch(/your computer’s own file manager/);
    expect(notice.textContent).toMatch(/press F5/);
  });
});
