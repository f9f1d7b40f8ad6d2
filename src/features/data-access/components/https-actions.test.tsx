import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import userEvent from '@testing-library/user-event';
import { httpsScope } from '@/lib/auth/scopes';
import { setUpComponentTests } from '@/test/fake-services';
import type { HttpsUploadHandle } from '@/features/data-access/components/https-actions';
import {
  BYTES,
  FILE,
  ID,
  renderActions,
  SERVER,
  stubFetch,
  setUpFakeXhr,
} from '@/features/data-access/test/render-actions';
import { browser } from '@/lib/downloads/browser';
import { FakeXhr } from '@/features/data-access/test/fake-xhr';

setUpComponentTests();
setUpFakeXhr();

/** A file the save dialog gave, as Chromium's handle takes writes (bytes or Blobs); `written` collects them. */
const chosenFile = (written: Uint8Array[]) =>
  ({
    createWritable: async () => ({
      seek: async () => {},
      write: async (data: Uint8Array | Blob) =>
        void written.push(data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data),
      close: async () => {},
    }),
  }) as unknown as FileSystemFileHandle;

describe('HttpsActions', () => {
  it('renders nothing for a collection without an HTTPS server', () => {
    renderActions({ collection: { id: ID, display_name: 'Tape', https_server: null } });
    expect(screen.queryByRole('group', { name: 'File access over HTTPS' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
  });

  it('without a token, explains the consent before the step-up login, or offers a plain download', async () => {
    const navigate = vi.spyOn(browser, 'navigate').mockImplementation(() => {});
    const { auth } = renderActions({}, null);
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    const prompt = await screen.findByRole('alert', { name: 'Permission needed for file access' });
    expect(prompt.textContent).toContain('Lab Storage');
    expect(document.activeElement).toBe(prompt);
    expect(auth.login).not.toHaveBeenCalled();

    await userEvent.click(within(prompt).getByRole('button', { name: 'Continue to Globus' }));
    expect(auth.login).toHaveBeenCalledWith({
      returnTo: '#/files?origin_id=c-1&origin_path=%2Fdata%2F',
      extraScopes: [httpsScope(ID)],
      appState: { kind: 'https-download', collectionId: ID, folder: '/data/', name: FILE.name, size: FILE.size },
    });

    await userEvent.click(within(prompt).getByRole('button', { name: 'Download in the browser instead' }));
    expect(navigate).toHaveBeenCalledWith(`${SERVER}/data/run%20%231%20%C3%BC.txt?download`);
  });

  it('downloads a small file through fetch into a Blob with the Bearer token', async () => {
    vi.spyOn(browser, 'savePicker').mockReturnValue(null);
    const saveBlob = vi.spyOn(browser, 'saveBlob').mockImplementation(() => {});
    const seen = stubFetch(() => new Response(BYTES, { headers: { 'Content-Length': '12' } }));
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Downloaded “run #1 ü.txt”.')).toBeTruthy();
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer https-token');
    const [blob, name] = saveBlob.mock.calls[0]!;
    expect(name).toBe(FILE.name);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(BYTES);
  });

  it('writes into the file the save dialog chose when the File System Access API exists', async () => {
    const written: Uint8Array[] = [];
    const handle = chosenFile(written);
    const picker = vi.fn(async () => handle);
    vi.spyOn(browser, 'savePicker').mockReturnValue(picker);
    const saveBlob = vi.spyOn(browser, 'saveBlob');
    stubFetch(() => new Response(BYTES));
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Downloaded “run #1 ü.txt”.')).toBeTruthy();
    expect(picker).toHaveBeenCalledWith({ suggestedName: FILE.name });
    expect(written.flatMap((c) => [...c])).toEqual([...BYTES]);
    expect(saveBlob).not.toHaveBeenCalled();
  });

  it('falls back to a plain navigation when the fetch is blocked (CORS), and says why a 404 failed', async () => {
    vi.spyOn(browser, 'savePicker').mockReturnValue(null);
    const navigate = vi.spyOn(browser, 'navigate').mockImplementation(() => {});
    let answer: () => Response = () => {
      throw new TypeError('Failed to fetch');
    };
    stubFetch(() => answer());
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Your browser is downloading “run #1 ü.txt”.')).toBeTruthy();
    expect(navigate).toHaveBeenCalledWith(`${SERVER}/data/run%20%231%20%C3%BC.txt?download`);

    answer = () => new Response('{"code":"not_found"}', { status: 404 });
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer there/);
  });

  it('without a save dialog, a file too big for memory is downloaded by navigation, never fetched', async () => {
    vi.spyOn(browser, 'savePicker').mockReturnValue(null);
    const navigate = vi.spyOn(browser, 'navigate').mockImplementation(() => {});
    const seen = stubFetch(() => new Response(BYTES));
    renderActions({ selected: [{ ...FILE, size: 5 * 1024 ** 3 }] });
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Your browser is downloading “run #1 ü.txt”.')).toBeTruthy();
    expect(navigate).toHaveBeenCalledWith(`${SERVER}/data/run%20%231%20%C3%BC.txt?download`);
    expect(seen).toHaveLength(0);
  });

  it('when the save dialog is refused (no user activation left), a small file still downloads from a Blob', async () => {
    vi.spyOn(browser, 'savePicker').mockReturnValue(async () => {
      throw new DOMException('Must be handling a user gesture', 'SecurityError');
    });
    const saveBlob = vi.spyOn(browser, 'saveBlob').mockImplementation(() => {});
    stubFetch(() => new Response(BYTES));
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Downloaded “run #1 ü.txt”.')).toBeTruthy();
    expect(saveBlob).toHaveBeenCalledTimes(1);
  });

  it('a download can be cancelled from its progress bar', async () => {
    let pull!: ReadableStreamDefaultController<Uint8Array>;
    const handle = chosenFile([]);
    vi.spyOn(browser, 'savePicker').mockReturnValue(async () => handle);
    stubFetch(
      () =>
        new Response(new ReadableStream<Uint8Array>({ start: (c) => void (pull = c) }), {
          headers: { 'Content-Length': '100' },
        }),
    );
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(pull).toBeDefined());
    pull.enqueue(new Uint8Array(40));
    await screen.findByRole('progressbar', { name: 'Downloading run #1 ü.txt' });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('downloads only a single selected file', () => {
    renderActions({ selected: [FILE, { ...FILE, name: 'b' }] });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Download' }).disabled).toBe(true);
  });

  it('uploads files one after another with a progress bar, then asks for a refresh', async () => {
    const { onUploaded } = renderActions({ selected: [] });
    const files = [new File(['a'.repeat(100)], 'one #1.csv'), new File(['b'.repeat(10)], 'two.csv')];
    await userEvent.upload(screen.getByLabelText('Files to upload'), files);

    const first = await FakeXhr.next();
    expect(first.method).toBe('PUT');
    expect(first.url).toBe(`${SERVER}/data/one%20%231.csv`);
    expect(first.headers.authorization).toBe('Bearer https-token');
    first.progress(50, 100);
    const bar = await screen.findByRole('progressbar', { name: 'Uploading one #1.csv (1 of 2)' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('50'));
    first.respond(201);

    const second = await FakeXhr.next();
    expect(second.url).toBe(`${SERVER}/data/two.csv`);
    expect(second.body).toBe(files[1]);
    second.respond(201);
    expect(await screen.findByText('Uploaded 2 files.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(onUploaded).toHaveBeenCalledTimes(1);
  });

  it('uploads into the real folder when the pane shows Transfer’s unexpanded `~`', async () => {
    const ls = { DATA_TYPE: 'file_list', endpoint: ID, path: '/~/', absolute_path: '/home/lab/', DATA: [] };
    renderActions({ selected: [], path: '/~/' }, 'https-token', [
      { path: `operation/endpoint/${ID}/ls`, reply: () => ls },
    ]);
    await userEvent.upload(screen.getByLabelText('Files to upload'), [new File(['a'], 'a.txt')]);
    const put = await FakeXhr.next();
    expect(put.url).toBe(`${SERVER}/home/lab/a.txt`);
    put.respond(201);
    expect(await screen.findByText('Uploaded “a.txt”.')).toBeTruthy();
  });

  it('files handed over by the page (dropped on the listing) upload like chosen ones, asking before replacing', async () => {
    const uploadRef = createRef<HttpsUploadHandle>();
    renderActions({ selected: [], existing: [{ name: 'old.csv' }], uploadRef });
    act(() => uploadRef.current!.upload([new File(['n'], 'new.csv')]));
    const put = await FakeXhr.next();
    expect(put.url).toBe(`${SERVER}/data/new.csv`);
    put.respond(201);
    expect(await screen.findByText('Uploaded “new.csv”.')).toBeTruthy();
    act(() => uploadRef.current!.upload([new File(['o'], 'old.csv')]));
    expect(await screen.findByRole('alertdialog', { name: 'Replace “old.csv”?' })).toBeTruthy();
  });

  it('an upload refused with 403 asks for consent and mentions write access', async () => {
    const { onUploaded } = renderActions({ selected: [] });
    await userEvent.upload(screen.getByLabelText('Files to upload'), [new File(['x'], 'x.txt')]);
    (await FakeXhr.next()).respond(403);
    const prompt = await screen.findByRole('alert', { name: 'Permission needed for file access' });
    expect(prompt.textContent).toMatch(/permission to write to this folder/);
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('asks before replacing files that exist; can upload only the new ones, or cancel back to the button', async () => {
    const { onUploaded } = renderActions({ selected: [], existing: [{ name: 'one.csv' }] });
    const input = screen.getByLabelText('Files to upload');
    const button = screen.getByRole('button', { name: 'Upload files' });
    // As in a browser: the button opens the file dialog, which hands focus back to it, then `change` fires.
    const choose = (files: File[]) => {
      button.focus();
      fireEvent.change(input, { target: { files } });
    };
    choose([new File(['1'], 'one.csv'), new File(['2'], 'two.csv')]);
    const prompt = await screen.findByRole('alertdialog', { name: 'Replace “one.csv”?' });
    expect(document.activeElement).toBe(prompt);
    expect(FakeXhr.sent).toHaveLength(0);
    await userEvent.click(within(prompt).getByRole('button', { name: 'Upload only new files' }));
    const only = await FakeXhr.next();
    expect(only.url).toBe(`${SERVER}/data/two.csv`);
    only.respond(201);
    expect(await screen.findByText('Uploaded “two.csv”.')).toBeTruthy();
    expect(onUploaded).toHaveBeenCalledTimes(1);

    choose([new File(['1'], 'one.csv')]);
    await screen.findByRole('alertdialog', { name: 'Replace “one.csv”?' });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('“Not now” closes the consent explanation and returns focus to the action', async () => {
    renderActions({}, null);
    const download = screen.getByRole('button', { name: 'Download' });
    await userEvent.click(download);
    const prompt = await screen.findByRole('alert', { name: 'Permission needed for file access' });
    await userEvent.click(within(prompt).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(download);
  });

  it('copies a direct link to the selection, or shows it when the clipboard is refused', async () => {
    const copy = vi.spyOn(browser, 'copyText').mockResolvedValueOnce().mockRejectedValueOnce(new Error('denied'));
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(copy).toHaveBeenCalledWith(`${SERVER}/data/run%20%231%20%C3%BC.txt`);
    expect(await screen.findByText('Link copied')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const box = await screen.findByRole('textbox', { name: 'Direct link (copy it from here)' });
    expect((box as HTMLInputElement).value).toBe(`${SERVER}/data/run%20%231%20%C3%BC.txt`);
  });
});
