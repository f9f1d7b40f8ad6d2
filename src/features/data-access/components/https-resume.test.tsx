import { describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpComponentTests } from '@/test/fake-services';
import { browser } from '@/lib/downloads/browser';
import { FakeXhr } from '@/features/data-access/test/fake-xhr';
import {
  BYTES,
  FILE,
  ID,
  renderActions,
  SERVER,
  stubFetch,
  setUpFakeXhr,
} from '@/features/data-access/test/render-actions';
import type * as PendingUploadStore from '@/features/data-access/lib/pending-upload-store';
import { eventually } from '@/test/eventually';

// A download or upload interrupted by the HTTPS consent round trip, carried through the login and resumed.
setUpComponentTests();
setUpFakeXhr();

// Files kept across the consent round trip: an in-memory stand-in for the IndexedDB store.
const kept = vi.hoisted(() => ({ files: null as File[] | null, key: '' }));
vi.mock('@/features/data-access/lib/pending-upload-store', async (original) => ({
  ...(await original<typeof PendingUploadStore>()),
  savePendingUpload: vi.fn(async (collectionId: string, folder: string, files: File[]) => {
    kept.files = files;
    kept.key = `${collectionId}:${folder}`;
  }),
  takePendingUpload: vi.fn(async (collectionId: string, folder: string) => {
    const files = kept.key === `${collectionId}:${folder}` ? kept.files : null;
    kept.files = null;
    return files;
  }),
}));

describe('HttpsActions across the consent round trip', () => {
  it('carries the page state and the download through the consent login, and resumes it once on return', async () => {
    const carryState = vi.fn((resume: unknown) => ({ page: 'state', pending: resume }));
    const { auth } = renderActions({ carryState }, null);
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    const prompt = await screen.findByRole('alert', { name: 'Permission needed for file access' });
    expect(prompt.textContent).toContain(`the download of “${FILE.name}” starts again`);
    await userEvent.click(within(prompt).getByRole('button', { name: 'Continue to Globus' }));
    const resume = {
      kind: 'https-download',
      collectionId: ID,
      folder: '/data/',
      name: FILE.name,
      size: FILE.size,
    } as const;
    expect(auth.login).toHaveBeenCalledWith(expect.objectContaining({ appState: { page: 'state', pending: resume } }));
  });

  it('back from the consent page, the interrupted download starts without another click', async () => {
    vi.spyOn(browser, 'savePicker').mockReturnValue(null);
    const saveBlob = vi.spyOn(browser, 'saveBlob').mockImplementation(() => {});
    stubFetch(() => new Response(BYTES, { headers: { 'Content-Length': '12' } }));
    const resume = {
      kind: 'https-download',
      collectionId: ID,
      folder: '/data/',
      name: FILE.name,
      size: FILE.size,
    } as const;
    const takeResume = vi.fn((id: string, folder: string) => (id === ID && folder === '/data/' ? resume : null));
    renderActions({ selected: [], takeResume });
    expect(await screen.findByText('Downloaded “run #1 ü.txt”.')).toBeTruthy();
    expect(takeResume).toHaveBeenCalledTimes(1);
    expect(saveBlob.mock.calls[0]![1]).toBe(FILE.name);
  });

  it('an upload waiting for consent keeps its files through the login and starts again on return', async () => {
    const { auth } = renderActions({ selected: [] }, null);
    const files = [new File(['a'.repeat(10)], 'one #1.csv'), new File(['b'], 'two.csv')];
    await userEvent.upload(screen.getByLabelText('Files to upload'), files);
    const prompt = await screen.findByRole('alert', { name: 'Permission needed for file access' });
    expect(prompt.textContent).toContain('the upload of the 2 files starts again');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Continue to Globus' }));
    await eventually(() =>
      expect(auth.login).toHaveBeenCalledWith(
        expect.objectContaining({ appState: { kind: 'https-upload', collectionId: ID, folder: '/data/' } }),
      ),
    );
    expect(kept.files).toEqual(files);
    cleanup();

    // Back from Globus: the same folder hands over the resume, and the kept files go up without another choice.
    const takeResume = vi.fn(() => ({ kind: 'https-upload', collectionId: ID, folder: '/data/' }) as const);
    const { onUploaded } = renderActions({ selected: [], takeResume });
    const first = await FakeXhr.next();
    expect(first.url).toBe(`${SERVER}/data/one%20%231.csv`);
    first.respond(201);
    (await FakeXhr.next()).respond(201);
    expect(await screen.findByText('Uploaded 2 files.')).toBeTruthy();
    expect(onUploaded).toHaveBeenCalledTimes(1);
    expect(kept.files).toBeNull();
  });

  it('back from the consent page without the kept files, asks to choose them again', async () => {
    kept.files = null;
    const takeResume = () => ({ kind: 'https-upload', collectionId: ID, folder: '/data/' }) as const;
    renderActions({ selected: [], takeResume });
    expect(await screen.findByText(/no longer available\. Choose them again\./)).toBeTruthy();
  });
});
