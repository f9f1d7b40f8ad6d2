import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clearGuestFolders } from '@/lib/storage/guest-folders';
import { routeTo } from '@/lib/routes/paths';
import { errorFixture, errorFromFixture, setUpComponentTests } from '@/test/fake-services';
import { renderApp } from '@/test/render-app';
import { entry, listing } from '@/features/file-manager/test/listing';

setUpComponentTests();
beforeEach(() => clearGuestFolders());

/** A guest collection shared with the user at /projects/ours/ only: its root is refused. */
const GUEST = {
  DATA_TYPE: 'endpoint',
  id: 'g-1',
  display_name: 'Shared results',
  entity_type: 'GCSv5_guest_collection',
  my_effective_roles: [],
};

function world() {
  return renderApp(routeTo.files(), [
    { path: /^endpoint\/g-1$/, reply: () => GUEST },
    {
      path: /^endpoint_search$/,
      reply: (req) => {
        if (req.query?.filter_scope !== 'shared-with-me') throw new Error('only the Shared with me tab is asked');
        return { DATA_TYPE: 'endpoint_list', offset: 0, limit: 25, has_next_page: false, DATA: [GUEST] };
      },
    },
    {
      path: /^operation\/endpoint\/g-1\/ls$/,
      reply: (req) => {
        const path = String(req.query?.path ?? '/');
        if (!path.startsWith('/projects/ours/')) throw errorFromFixture(errorFixture('endpoint_permission_denied'));
        return listing(path, [entry('results.csv')], 'g-1');
      },
    },
  ]);
}

async function chooseFromSharedWithMe() {
  await userEvent.click(await screen.findByRole('tab', { name: 'Shared with me' }));
  await userEvent.click(await screen.findByRole('option', { name: /Shared results/ }));
}

describe('a guest collection shared with me at a folder inside it', () => {
  it('refused at its root: explains, takes the folder from the invitation, and opens there the next time', async () => {
    const first = world();
    await chooseFromSharedWithMe();
    const help = await screen.findByRole('alert', { name: 'You have access to a folder inside “Shared results”' });
    expect(help.textContent).toMatch(/shared with you at a folder inside it/);
    expect(help.textContent).toMatch(/invitation email/);
    await userEvent.type(within(help).getByRole('textbox', { name: 'Folder path' }), 'projects/ours');
    await userEvent.click(within(help).getByRole('button', { name: 'Open folder' }));
    await screen.findByRole('grid', { name: 'Files in Shared results at /projects/ours/' });
    expect(new URLSearchParams(first.router.state.location.search).get('origin_path')).toBe('/projects/ours/');

    // Chosen again, it opens at the folder that worked, not at the refused root.
    await userEvent.click(screen.getByRole('button', { name: 'Change collection' }));
    await chooseFromSharedWithMe();
    await screen.findByRole('grid', { name: 'Files in Shared results at /projects/ours/' });
    expect(new URLSearchParams(first.router.state.location.search).get('origin_path')).toBe('/projects/ours/');
  });

  it('a link to its root offers the folders that worked before', async () => {
    const first = world();
    await chooseFromSharedWithMe();
    const help = await screen.findByRole('alert', { name: /You have access to a folder inside/ });
    await userEvent.type(within(help).getByRole('textbox', { name: 'Folder path' }), '/projects/ours/{Enter}');
    await screen.findByRole('grid', { name: 'Files in Shared results at /projects/ours/' });

    // Back at the root later (a link, the path bar): the folder that worked is offered.
    await first.router.navigate(routeTo.files({ originId: 'g-1', originPath: '/' }));
    const offered = await screen.findByRole('list', { name: 'Folders you opened here before' });
    await userEvent.click(within(offered).getByRole('button', { name: 'Open /projects/ours/' }));
    await screen.findByRole('grid', { name: 'Files in Shared results at /projects/ours/' });
  });
});
