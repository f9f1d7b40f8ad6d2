import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlobusError } from '@/lib/globus/errors';
import { collectionNamesStore } from '@/lib/storage/collection-names';
import { routeTo } from '@/lib/routes/paths';
import { setUpComponentTests } from '@/test/fake-services';
import { renderApp } from '@/test/render-app';
import { entry, listing } from '@/features/file-manager/test/listing';

setUpComponentTests();
beforeEach(() => collectionNamesStore.clear());

const LAB = '0f8e7c9a-1b2c-4d3e-8f40-5a6b7c8d9e01';
const OTHER = '7d6c5b4a-3e2f-4a1b-9c8d-0e1f2a3b4c5d';

/** The collection documents cannot be fetched, as after a failed token refresh; the listings still work. */
function renderWithoutDocuments() {
  return renderApp(routeTo.files({ originId: LAB, originPath: '/data/', destinationId: OTHER, destinationPath: '/' }), [
    {
      path: /^endpoint\/[^/]+$/,
      reply: () => {
        throw new GlobusError({
          service: 'transfer',
          status: 503,
          code: 'ServiceUnavailable',
          message: 'down',
          body: {},
        });
      },
    },
    {
      path: /^operation\/endpoint\/([^/]+)\/ls$/,
      reply: (req, m) => listing(String(req.query?.path ?? '/'), [entry('a.txt')], m[1]),
    },
    {
      path: /^bookmark_list$/,
      reply: () => ({
        DATA_TYPE: 'bookmark_list',
        DATA: [
          { DATA_TYPE: 'bookmark', id: 'b-1', name: 'Raw data', endpoint_id: LAB, path: '/data/raw/' },
          { DATA_TYPE: 'bookmark', id: 'b-2', name: 'Elsewhere', endpoint_id: OTHER, path: '/x/' },
        ],
      }),
    },
  ]);
}

describe('collection titles when the collection documents failed to load', () => {
  it('the pane switcher and the bookmark menu use the remembered name or a plain label, never the raw id', async () => {
    await collectionNamesStore.set(LAB, 'Lab Storage');
    renderWithoutDocuments();
    const switcher = await screen.findByRole('group', { name: 'Shown pane' });
    expect(await within(switcher).findByRole('button', { name: 'Left: Lab Storage' })).toBeTruthy();
    expect(await within(switcher).findByRole('button', { name: 'Right: Collection (name unavailable)' })).toBeTruthy();
    // The panes agree with the switcher.
    expect(await screen.findByRole('heading', { name: 'Lab Storage' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Collection (name unavailable)' })).toBeTruthy();

    const leftPane = screen.getByRole('region', { name: 'Lab Storage pane' });
    await userEvent.click(await within(leftPane).findByRole('button', { name: 'Bookmarks' }));
    const open = (name: string) => within(leftPane).findByRole('button', { name: `Open ${name}` });
    expect((await open('Raw data')).textContent).toContain('Lab Storage');
    expect((await open('Elsewhere')).textContent).toContain('Collection (name unavailable)');
    await userEvent.click(within(leftPane).getByRole('button', { name: 'Bookmark this folder' }));
    expect(within(await screen.findByRole('dialog')).getByText('Lab Storage')).toBeTruthy();

    expect(document.body.textContent).not.toContain(LAB);
    expect(document.body.textContent).not.toContain(OTHER);
  });
});
