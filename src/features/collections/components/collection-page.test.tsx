import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { createFakeHttp, errorFixture, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { fixture, fixtureNames } from '@/test/globus-fixtures';
import { renderWithServices } from '@/test/render';
import { routeTo } from '@/lib/routes/paths';
import { CollectionPage } from '@/features/collections/components/collection-page';

setUpComponentTests();

const ENDPOINT = /^endpoint\/([^/]+)$/;
const ENDPOINT_FIXTURES = fixtureNames().filter(
  (n) => n.startsWith('transfer.get_endpoint.') || n === 'transfer.get_endpoint',
);

function renderPage(doc: Endpoint) {
  const fake = createFakeHttp([
    { path: ENDPOINT, reply: () => doc },
    // Personal collections and legacy endpoints show their roles (Transfer serves those).
    { path: /^endpoint\/[^/]+\/role_list$/, reply: () => ({ DATA_TYPE: 'role_list', DATA: [] }) },
    { path: 'groups/my_groups', reply: () => [] },
    {
      path: 'endpoint_search',
      reply: () => ({
        DATA_TYPE: 'endpoint_list',
        offset: 0,
        limit: 100,
        has_next_page: false,
        DATA: [{ id: 'm-1', display_name: 'Hosted Mapped', entity_type: 'GCSv5_mapped_collection' }],
      }),
    },
  ]);
  renderWithServices({ http: fake.http, element: <CollectionPage collectionId={doc.id} /> });
  return fake;
}

describe('CollectionPage renders every recorded kind of endpoint document', () => {
  it.each(ENDPOINT_FIXTURES)('%s', async (name) => {
    const doc = fixture<Endpoint>(name).response_body;
    const { calls } = renderPage(doc);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(doc.display_name || doc.id);
    expect(screen.getByRole('heading', { name: 'Overview' })).toBeTruthy();
    expect(screen.getByText(doc.id)).toBeTruthy();
    const actions = screen.getByRole('group', { name: 'Actions' });
    expect(within(actions).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    const open = within(actions).queryByRole('link', { name: 'Open in the file manager' });

    if (doc.entity_type === 'GCSv5_endpoint') {
      // A container, not something to browse: its collections are listed instead.
      expect(open).toBeNull();
      const list = await screen.findByRole('list', { name: 'Collections on this endpoint' });
      expect(within(list).getByRole('link', { name: 'Hosted Mapped' }).getAttribute('href')).toBe(
        routeTo.collection('m-1'),
      );
      expect(calls.find((c) => c.path === 'endpoint_search')?.query).toMatchObject({ filter_host_endpoint: doc.id });
    } else {
      expect(open?.getAttribute('href')).toBe(routeTo.files({ originId: doc.id }));
      expect(within(actions).getByRole('link', { name: 'Open in the right pane' }).getAttribute('href')).toBe(
        routeTo.files({ destinationId: doc.id }),
      );
      expect(calls.every((c) => c.path !== 'endpoint_search')).toBe(true);
    }
    // Sharing starts from a host; a guest collection leads to its access rules.
    const share = within(actions).queryByRole('link', { name: 'Share a folder' });
    const permissions = within(actions).queryByRole('link', { name: 'Permissions' });
    if (
      ['GCSv5_mapped_collection', 'GCP_mapped_collection', 'GCSv4_host'].includes(doc.entity_type ?? '') &&
      !doc.non_functional
    )
      expect(share?.getAttribute('href')).toBe(routeTo.shareFolder(doc.id, '/'));
    else expect(share).toBeNull();
    if (['GCSv5_guest_collection', 'GCP_guest_collection', 'GCSv4_share'].includes(doc.entity_type ?? ''))
      expect(permissions?.getAttribute('href')).toBe(routeTo.permissions(doc.id));
    else expect(permissions).toBeNull();
    // Transfer serves roles for personal collections and legacy endpoints only; GCSv5 roles live on the endpoint.
    const rolesFromTransfer = calls.some((c) => c.path.endsWith('/role_list'));
    if (['GCSv5_endpoint', 'GCSv5_mapped_collection', 'GCSv5_guest_collection'].includes(doc.entity_type ?? ''))
      expect(rolesFromTransfer).toBe(false);
    if (doc.entity_type === 'GCP_mapped_collection')
      expect(screen.getByRole('heading', { name: 'Globus Connect Personal' }).parentElement?.textContent).toContain(
        'Connected',
      );
    if (doc.entity_type === 'GCSv5_guest_collection' && doc.host_endpoint_id)
      expect(screen.getByRole('link', { name: doc.host_endpoint_display_name ?? doc.host_endpoint_id })).toBeTruthy();
    if (doc.entity_type === 'GCSv4_host')
      expect(screen.getByRole('heading', { name: 'Activation (legacy)' }).parentElement?.textContent).toMatch(
        doc.activated ? /Activated/ : /Not activated/,
      );
  });
});

describe('CollectionPage', () => {
  it('shows the administrators’ message and its link before everything else', async () => {
    const doc = fixture<Endpoint>('transfer.get_endpoint.gcsv5_mapped_collection').response_body;
    renderPage({
      ...doc,
      user_message: 'Down for maintenance on Friday.',
      user_message_link: 'https://status.example.org/',
    });
    const message = await screen.findByRole('region', { name: 'Message from the collection’s administrators' });
    expect(message.textContent).toContain('Down for maintenance on Friday.');
    expect(within(message).getByRole('link').getAttribute('href')).toBe('https://status.example.org/');
    // Before the actions and the facts in reading order.
    const actions = screen.getByRole('group', { name: 'Actions' });
    expect(message.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a personal collection shows that it is offline', async () => {
    const doc = fixture<Endpoint>('transfer.get_endpoint.gcp_mapped_collection').response_body;
    renderPage({ ...doc, gcp_connected: false });
    expect((await screen.findByText(/Not connected: the computer is off/)).textContent).toBeTruthy();
  });

  it('a deleted collection says so and offers the search', async () => {
    const deleted = errorFixture('endpoint_deleted');
    const { http } = createFakeHttp([
      { path: ENDPOINT, reply: () => httpError(deleted.status, deleted.response_body) },
    ]);
    renderWithServices({ http, element: <CollectionPage collectionId="gone" /> });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This collection has been deleted.');
    expect(within(alert).getByRole('link', { name: 'Search collections' }).getAttribute('href')).toBe(
      routeTo.collections(),
    );
  });
});
