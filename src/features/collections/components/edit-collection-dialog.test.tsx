import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { createFakeHttp, errorFixture, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { fixture } from '@/test/globus-fixtures';
import { renderWithServices } from '@/test/render';
import { CollectionPage } from '@/features/collections/components/collection-page';

setUpComponentTests();

const ENDPOINT = /^endpoint\/([^/]+)$/;

function renderEditable(doc: Endpoint, put: (body: unknown) => unknown) {
  let current = doc;
  const fake = createFakeHttp([
    { path: ENDPOINT, reply: () => current },
    // Personal collections and legacy endpoints show their roles (Transfer serves those).
    { path: /^endpoint\/[^/]+\/role_list$/, reply: () => ({ DATA_TYPE: 'role_list', DATA: [] }) },
    { path: 'groups/my_groups', reply: () => [] },
    {
      method: 'PUT',
      path: ENDPOINT,
      reply: (req) => {
        const answer = put(req.body);
        if (answer && typeof answer === 'object' && 'code' in answer) current = { ...current, ...(req.body as object) };
        return answer;
      },
    },
  ]);
  renderWithServices({ http: fake.http, element: <CollectionPage collectionId={doc.id} /> });
  return fake;
}

const UPDATED = fixture('transfer.update_endpoint').response_body;
const personal = (): Endpoint => ({
  ...fixture<Endpoint>('transfer.get_endpoint.gcp_mapped_collection').response_body,
  my_effective_roles: ['administrator'],
});

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
  return screen.getByRole('dialog', { name: /^Edit / });
}

describe('EditCollectionDialog', () => {
  it('sends only the changed fields, emptied ones as null, and shows the saved values', async () => {
    const bodies: unknown[] = [];
    const { calls } = renderEditable(personal(), (body) => {
      bodies.push(body);
      return UPDATED;
    });
    const form = await openForm();
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    expect(document.activeElement).toBe(name);
    await userEvent.clear(name);
    await userEvent.type(name, '  Ada’s laptop ');
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Description' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Contact email' }), 'ada@uni.edu');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Message to users' }), 'Back Monday.');
    await userEvent.click(within(form).getByRole('checkbox', { name: /public/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bodies).toEqual([
      {
        DATA_TYPE: 'endpoint',
        display_name: 'Ada’s laptop',
        description: null,
        contact_email: 'ada@uni.edu',
        user_message: 'Back Monday.',
        public: true,
      },
    ]);
    expect(calls.find((c) => c.method === 'PUT')?.path).toBe(`endpoint/${personal().id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada’s laptop' })).toBeTruthy();
  });

  it('checks the fields before sending and points at the first problem', async () => {
    const bodies: unknown[] = [];
    renderEditable(personal(), (body) => {
      bodies.push(body);
      return UPDATED;
    });
    const form = await openForm();
    const name = within(form).getByRole('textbox', { name: /^Name/ });
    await userEvent.clear(name);
    await userEvent.type(within(form).getByRole('textbox', { name: 'Contact email' }), 'not an email');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Information link' }), 'example.org');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Default folder/ }), 'data/');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(within(form).getByText('Give the collection a name.')).toBeTruthy();
    expect(within(form).getByText('Enter an email address like someone@example.org.')).toBeTruthy();
    expect(within(form).getByText('Enter a web address starting with https://.')).toBeTruthy();
    expect(within(form).getByText('Enter a path starting with / (or ~ for the home folder).')).toBeTruthy();
    expect(bodies).toEqual([]);

    // Nothing changed is said, not sent.
    await userEvent.type(name, 'mygcp');
    for (const label of ['Contact email', 'Information link'])
      await userEvent.clear(within(form).getByRole('textbox', { name: label }));
    await userEvent.clear(within(form).getByRole('textbox', { name: /^Default folder/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByText(/Nothing changed yet/)).toBeTruthy();
    expect(bodies).toEqual([]);
  });

  it('keeps what was typed when Transfer refuses, and says why', async () => {
    const denied = errorFixture('permission_denied');
    renderEditable(personal(), () => httpError(denied.status, denied.response_body));
    const form = await openForm();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Department' }), 'Physics');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Not saved');
    expect(alert.textContent).toContain('Your changes are still in the form.');
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: 'Department' }).value).toBe('Physics');
  });

  it('a guest collection has no host-only fields; GCSv5 collections and non-administrators get no form', async () => {
    renderEditable({ ...personal(), entity_type: 'GCP_guest_collection' }, () => UPDATED);
    const form = await openForm();
    expect(within(form).queryByRole('checkbox', { name: /public/ })).toBeNull();
    expect(within(form).queryByRole('textbox', { name: 'Message to users' })).toBeNull();
  });

  it.each([
    ['a GCSv5 mapped collection', { entity_type: 'GCSv5_mapped_collection' }],
    ['a personal collection I do not administer', { my_effective_roles: ['activity_monitor'] }],
  ])('offers no edit for %s', async (_, change) => {
    renderEditable({ ...personal(), ...change }, () => UPDATED);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull();
  });
});
