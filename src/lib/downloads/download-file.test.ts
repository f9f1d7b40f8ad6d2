import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { browser } from '@/lib/downloads/browser';
import { downloadFile } from '@/lib/downloads/download-file';

const enc = (s: string) => new TextEncoder().encode(s);

/** A chosen file as Chromium gives it: written through a writable, removable. */
function pickedFile() {
  const state = { content: '', removed: false };
  const handle = {
    getFile: async () => new File([state.content], 'f'),
    createWritable: async () => {
      let swap = '';
      return {
        seek: async () => {},
        write: async (data: Blob | Uint8Array) => {
          swap += data instanceof Blob ? await data.text() : new TextDecoder().decode(data);
        },
        close: async () => void (state.content = swap),
      };
    },
    remove: async () => void (state.removed = true),
  } as unknown as FileSystemFileHandle;
  return { handle, state };
}

const request = (https: CollectionHttps) => ({
  https,
  collectionId: 'c-1',
  httpsServer: 'https://g.example.org',
  path: '/d/data.csv',
  name: 'data.csv',
  size: 10,
  onProgress: () => {},
});

afterEach(() => vi.restoreAllMocks());

describe('downloadFile into the file the save dialog chose', () => {
  it('writes the file and reports it saved', async () => {
    const { handle, state } = pickedFile();
    vi.spyOn(browser, 'savePicker').mockReturnValue(async () => handle);
    const https: CollectionHttps = { download: async () => new Response('0123456789'), upload: async () => {} };
    expect(await downloadFile(request(https))).toBe('saved');
    expect(state).toEqual({ content: '0123456789', removed: false });
  });

  it('removes the chosen file when the download fails part-way, so no half-written file is left', async () => {
    const { handle, state } = pickedFile();
    vi.spyOn(browser, 'savePicker').mockReturnValue(async () => handle);
    const cut = () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(enc('01234'));
          c.error(new TypeError('network error'));
        },
      });
    const https: CollectionHttps = { download: async () => new Response(cut()), upload: async () => {} };
    await expect(downloadFile(request(https))).rejects.toBeInstanceOf(NetworkError);
    expect(state.removed).toBe(true);
  });

  it('falls back to the server’s own download when the fetch is refused before any answer', async () => {
    const { handle, state } = pickedFile();
    vi.spyOn(browser, 'savePicker').mockReturnValue(async () => handle);
    const navigate = vi.spyOn(browser, 'navigate').mockImplementation(() => {});
    const https: CollectionHttps = {
      download: async () => {
        throw new NetworkError('blocked');
      },
      upload: async () => {},
    };
    expect(await downloadFile(request(https))).toBe('navigated');
    expect(navigate).toHaveBeenCalledWith('https://g.example.org/d/data.csv?download');
    expect(state.removed).toBe(true);
  });
});
