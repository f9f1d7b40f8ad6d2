import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';
import { eventually } from '@/test/eventually';
import { fixture } from '@/test/globus-fixtures';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';
import { SharesPage } from '@/features/sharing/components/shares-page';
import { ShareFolderPage } from '@/features/sharing/components/share-folder-page';
import { BOB, GUEST_ID, RULES, guestCollection } from '@/features/sharing/test/sharing-server';

setUpComponentTests();

const gcp = fixture<Endpoint>('transfer.get_endpoint.gcp_mapped_collection').response_body;
const gcsMapped = fixture<Endpoint>('transfer.get_endpoint.gcsv5_mapped_collection').response_body;
const NEW_ID = fixture<{ id: string }>('transfer.create_shared_endpoint').response_body.id;

function renderShareFolder(
  host: Endpoint,
  reply: () => unknown = () => fixture('transfer.create_shared_endpoint').response_body,
) {
  const fake = createFakeHttp([
    { path: `endpoint/${host.id}`, reply: () => host },
    { method: 'POST', path: 'shared_endpoint', reply },
  ]);
  const view = renderWithServices({
    http: fake.http,
    routes: [
      { path: ROUTE_PATTERNS.shareFolder, element: <ShareFolderPage /> },
      { path: ROUTE_PATTERNS.permissions, element: <p>permissions page</p> },
    ],
    entry: routeTo.shareFolder(host.id, '/~/results #1/'),
  });
  return { ...fake, ...view };
}

describe('ShareFolderPage', () => {
  it('creates a guest collection of the folder on a host Transfer manages, then opens its permissions', async () => {
    const { calls, router } = renderShareFolder(gcp);
    const name = await screen.findByRole('textbox', { name: 'Name of the guest collection' });
    expect((name as HTMLInputElement).value).toBe('results #1 (shared)');
    await userEvent.type(screen.getByRole('textbox', { name: 'Description (optional)' }), 'For the lab');
    await userEvent.click(screen.getByRole('button', { name: 'Create guest collection' }));
    await eventually(() => expect(router.state.location.pathname).toBe(routeTo.permissions(NEW_ID)));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      DATA_TYPE: 'shared_endpoint',
      host_endpoint: gcp.id,
      host_path: '/~/results #1/',
      display_name: 'results #1 (shared)',
      description: 'For the lab',
    });
  });

  it('refusals stay in the form with what was typed: a missing folder, a host the user does not own', async () => {
    let reply: unknown = httpError(400, {
      code: 'ClientError.BadRequest',
      message: "host_path '/x/' is not an existing directory on the host",
    });
    const { calls } = renderShareFolder(gcp, () => reply);
    const name = await screen.findByRole('textbox', { name: 'Name of the guest collection' });
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Create guest collection' }));
    expect(screen.getByText('Give the guest collection a name.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await userEvent.type(name, 'Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Create guest collection' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That folder does not exist on the host');
    reply = httpError(403, { code: 'PermissionDenied', message: 'Only the owner' });
    await userEvent.click(screen.getByRole('button', { name: 'Create guest collection' }));
    expect((await screen.findByText('You cannot share from this collection')).closest('[role=alert]')).toBeTruthy();
    expect((name as HTMLInputElement).value).toBe('Mine');
  });

  it('a GCSv5 mapped collection is shared on the Globus web app, said plainly with a link to its page', async () => {
    renderShareFolder(gcsMapped);
    const link = await screen.findByRole('link', { name: `Open ${gcsMapped.display_name} on the Globus web app` });
    expect(link.getAttribute('href')).toBe(`https://app.example.org/file-manager/collections/${gcsMapped.id}`);
    expect(screen.getByText(/Globus Connect Server version 5/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create guest collection' })).toBeNull();
  });
});

describe('SharesPage', () => {
  const personal = guestCollection({ entity_type: 'GCP_guest_collection', host_endpoint_display_name: 'My Laptop' });
  const v5 = guestCollection({ id: 'v5-guest', display_name: 'Server Share' });

  function renderShares(deleteReply: () => unknown = () => fixture('transfer.delete_endpoint').response_body) {
    const fake = createFakeHttp([
      {
        path: 'endpoint_search',
        reply: () => ({
          DATA_TYPE: 'endpoint_list',
          offset: 0,
          limit: 100,
          has_next_page: false,
          DATA: [personal, v5],
        }),
      },
      { path: `endpoint/${GUEST_ID}/access_list`, reply: () => ({ DATA_TYPE: 'access_list', DATA: RULES }) },
      { path: 'v2/api/identities', reply: () => ({ identities: [BOB] }) },
      { path: 'groups/my_groups', reply: () => [] },
      { method: 'DELETE', path: `endpoint/${GUEST_ID}`, reply: deleteReply },
    ]);
    renderWithServices({ http: fake.http, element: <SharesPage /> });
    return fake;
  }

  it('lists my guest collections; deleting one names who loses access and what else stops', async () => {
    const fake = renderShares();
    expect((await screen.findByRole('link', { name: 'Lab Share' })).getAttribute('href')).toBe(
      routeTo.permissions(GUEST_ID),
    );
    expect(fake.calls[0]!.query).toMatchObject({ filter_scope: 'shared-by-me' });
    // GCSv5 guest collections are deleted on their endpoint: the web app, not a button here.
    expect(screen.getByRole('link', { name: /Delete on the Globus web app \(Server Share\)/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Delete Lab Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the guest collection “Lab Share”?' });
    await eventually(() => expect(dialog.textContent).toMatch(/All 3 permissions on it: .*Bob Brown.*lose access/));
    expect(dialog.textContent).toContain('Transfers still running to or from it');
    expect(dialog.textContent).toContain('The files stay where they are on My Laptop in /data/lab/');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete guest collection' }));
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([`endpoint/${GUEST_ID}`]);
  });

  it('a guest collection already deleted elsewhere is explained in the dialog', async () => {
    renderShares(() => httpError(404, { code: 'EndpointDeleted', message: 'gone' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Lab Share' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete guest collection' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('The guest collection no longer exists');
  });
});
