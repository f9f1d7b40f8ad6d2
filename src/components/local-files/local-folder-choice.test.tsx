import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as LocalRoots from '@/lib/local-files/local-roots';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { asHandle, fakeFolder } from '@/test/fake-local-folder';
import { renderWithServices } from '@/test/render';
import { LocalFolderChoice } from '@/components/local-files/local-folder-choice';

const roots: LocalRoots.LocalRoot[] = [];
const picked = fakeFolder('Field notes', {});
vi.mock('@/lib/local-files/local-roots', async (original) => ({
  ...(await original<typeof LocalRoots>()),
  listLocalRoots: () => Promise.resolve([...roots]),
  saveLocalRoot: (handle: FileSystemDirectoryHandle) =>
    Promise.resolve({ id: 'local:new', name: handle.name, handle, addedAt: 1 }),
}));

setUpComponentTests();

beforeEach(() => {
  roots.length = 0;
});

function renderChoice() {
  const onOpen = vi.fn();
  renderWithServices({ http: createFakeHttp([]).http, element: <LocalFolderChoice onOpen={onOpen} /> });
  return onOpen;
}

describe('This computer…', () => {
  it('in a browser without the folder picker, explains and points to single-file download and upload', async () => {
    renderChoice();
    await userEvent.click(screen.getByRole('button', { name: 'This computer…' }));
    const panel = screen.getByRole('region', { name: 'Folders on this computer' });
    expect(panel.textContent).toMatch(/This browser cannot open folders from your computer/);
    expect(panel.textContent).toMatch(/Download/);
    expect(panel.textContent).toMatch(/Upload files/);
    expect(within(panel).queryByRole('button', { name: 'Choose a folder…' })).toBeNull();
  });

  it('lists the folders opened before and opens a newly chosen one', async () => {
    roots.push({ id: 'local:k1', name: 'Lab data', handle: asHandle(fakeFolder('Lab data', {})), addedAt: 0 });
    vi.stubGlobal('showDirectoryPicker', () => Promise.resolve(asHandle(picked)));
    const onOpen = renderChoice();
    await userEvent.click(screen.getByRole('button', { name: 'This computer…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Open Lab data' }));
    expect(onOpen).toHaveBeenLastCalledWith('local:k1');
    await userEvent.click(screen.getByRole('button', { name: 'Choose a folder…' }));
    await vi.waitFor(() => expect(onOpen).toHaveBeenLastCalledWith('local:new'));
  });
});
