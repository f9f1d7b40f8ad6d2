import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';
import { eventually } from '@/test/eventually';
import { fixture } from '@/test/globus-fixtures';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';
import { PermissionsPage } from '@/features/sharing/components/permissions-page';
import { BOB, GROUP, GUEST_ID, guestCollection, sharingServer } from '@/features/sharing/test/sharing-server';
import type { FakeHttp } from '@/test/fake-http';

setUpComponentTests();

function renderPage(fake: FakeHttp = sharingServer()) {
  renderWithServices({
    http: fake.http,
    routes: [{ path: ROUTE_PATTERNS.permissions, element: <PermissionsPage /> }],
    entry: routeTo.permissions(GUEST_ID),
  });
  return fake;
}

const created = () => ({ ...fixture<object>('transfer.add_endpoint_acl_rule').response_body, access_id: 'new-rule' });
const bodyOf = (fake: FakeHttp, method: string) => fake.calls.filter((c) => c.method === method).map((c) => c.body);

async function openAdd() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add permission' }));
  return screen.getByRole('dialog', { name: 'Add permission' });
}

async function choosePerson(dialog: HTMLElement) {
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Username or email' }), BOB.username);
  await userEvent.click(await within(dialog).findByRole('button', { name: 'Use this identity' }));
}

const field = (dialog: HTMLElement, name: string) => within(dialog).getByRole<HTMLInputElement>('textbox', { name });
const submit = (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole('button', { name: 'Add permission' }));

describe('PermissionsPage', () => {
  it('lists who may use which folder, people and groups by name; rules from roles are read-only', async () => {
    renderPage();
    const bob = await screen.findByRole('row', { name: /Bob Brown/ });
    expect(bob.textContent).toMatch(/Bob Brown.*bob@example\.org.*\/projects\/.*Read only/);
    expect(bob.textContent).toMatch(/1999|2999|Jan/);
    expect((await screen.findByRole('row', { name: new RegExp(GROUP.name) })).textContent).toMatch(
      /\/lab\/.*Read and write.*Never/,
    );
    expect(screen.getByRole('row', { name: /All Globus users/ }).textContent).toContain('/public/');
    const admin = screen.getByRole('row', { name: /Ada Lovelace/ });
    expect(admin.textContent).toContain('From the Administrator role (read-only here)');
    expect(within(admin).queryByRole('button')).toBeNull();
  });

  it('adds a rule for a confirmed person: the exact request body, with expiry, notify email and message', async () => {
    const fake = renderPage(sharingServer().on('POST', `endpoint/${GUEST_ID}/access`, created));
    const dialog = await openAdd();
    await choosePerson(dialog);
    expect(field(dialog, 'Notify by email (optional)').value).toBe(BOB.email);
    await userEvent.clear(field(dialog, 'Folder'));
    await userEvent.type(field(dialog, 'Folder'), 'projects//2024');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Read and write/ }));
    await userEvent.type(within(dialog).getByLabelText('Access ends after (optional)'), '2999-12-31');
    await userEvent.type(field(dialog, 'Message (optional)'), 'Results for you');
    await submit(dialog);
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [body] = bodyOf(fake, 'POST') as Record<string, unknown>[];
    expect(body).toEqual({
      DATA_TYPE: 'access',
      principal_type: 'identity',
      principal: BOB.id,
      path: '/projects/2024/',
      permissions: 'rw',
      expiration_date: new Date(2999, 11, 31, 23, 59, 59).toISOString(),
      notify_email: BOB.email,
      notify_message: 'Results for you',
    });
    // The list is asked again so the new rule shows.
    await eventually(() => expect(fake.count(`endpoint/${GUEST_ID}/access_list`)).toBe(2));
  });

  it('a group from my groups, all users and the public send the principal Transfer expects; the folder can be browsed', async () => {
    const fake = renderPage(sharingServer().on('POST', `endpoint/${GUEST_ID}/access`, created));
    let dialog = await openAdd();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'A group' }));
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: 'Group' }), GROUP.name);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Browse…' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Open folder lab' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Use /lab/' }));
    expect(field(dialog, 'Folder').value).toBe('/lab/');
    await submit(dialog);
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    dialog = await openAdd();
    await userEvent.click(within(dialog).getByRole('radio', { name: /Public/ }));
    await submit(dialog);
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bodyOf(fake, 'POST')).toEqual([
      { DATA_TYPE: 'access', principal_type: 'group', principal: GROUP.id, path: '/lab/', permissions: 'r' },
      { DATA_TYPE: 'access', principal_type: 'anonymous', principal: '', path: '/', permissions: 'r' },
    ]);
  });

  it('checks the form before sending: nobody chosen, a folder outside the collection, an expiry in the past, a message without an address', async () => {
    const fake = renderPage();
    const dialog = await openAdd();
    await userEvent.type(field(dialog, 'Username or email'), 'bob');
    await userEvent.clear(field(dialog, 'Folder'));
    await userEvent.type(field(dialog, 'Folder'), '/../etc');
    await userEvent.type(within(dialog).getByLabelText('Access ends after (optional)'), '2001-01-01');
    await userEvent.type(field(dialog, 'Message (optional)'), 'hello');
    await submit(dialog);
    expect(within(dialog).getByText('Look up the person and confirm their identity first.')).toBeTruthy();
    expect(within(dialog).getByText(/points outside this collection/)).toBeTruthy();
    expect(within(dialog).getByText(/expiry date is in the past/)).toBeTruthy();
    expect(within(dialog).getByText(/add the address to notify/)).toBeTruthy();
    expect(bodyOf(fake, 'POST')).toEqual([]);
    // Nothing typed is lost.
    expect(field(dialog, 'Username or email').value).toBe('bob');
    expect(field(dialog, 'Folder').value).toBe('/../etc');
    expect(field(dialog, 'Message (optional)').value).toBe('hello');
  });

  it.each([
    [409, { code: 'Exists', message: 'exists' }, 'This permission already exists'],
    [409, { code: 'LimitExceeded', message: 'Too many' }, 'Too many permissions on this collection'],
    [403, { code: 'PermissionDenied', message: 'no role' }, 'You cannot change who has access here'],
    [404, { code: 'EndpointDeleted', message: 'gone' }, 'The guest collection no longer exists'],
    [400, { code: 'InvalidPath', message: "The path '/x/' is outside the collection" }, 'That folder cannot be shared'],
    [400, { code: 'BadRequest', message: 'expiration_date must be in the future' }, 'Globus refused the expiry date'],
  ])('a refused rule (%i %o) is explained in the form, which keeps what was typed', async (status, body, title) => {
    renderPage(
      sharingServer().on('POST', `endpoint/${GUEST_ID}/access`, () => httpError(status, { ...body, request_id: 'r1' })),
    );
    const dialog = await openAdd();
    await choosePerson(dialog);
    await userEvent.type(field(dialog, 'Message (optional)'), 'kept');
    await submit(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toContain(title);
    expect(field(dialog, 'Message (optional)').value).toBe('kept');
    expect(within(dialog).getByText('Chosen identity')).toBeTruthy();
  });

  it('edits permission and expiry with a partial PUT; an untouched expiry is not sent, a cleared one is removed', async () => {
    const updated = () => fixture<object>('transfer.update_endpoint_acl_rule').response_body;
    const fake = renderPage(sharingServer().on('PUT', `endpoint/${GUEST_ID}/access/r-bob`, updated));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit access of Bob Brown to /projects/' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit access of Bob Brown to /projects/' });
    await userEvent.click(within(dialog).getByRole('radio', { name: /Read and write/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Edit access of Bob Brown to /projects/' }));
    dialog = screen.getByRole('dialog', { name: 'Edit access of Bob Brown to /projects/' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'No end date' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bodyOf(fake, 'PUT')).toEqual([
      { DATA_TYPE: 'access', permissions: 'rw' },
      { DATA_TYPE: 'access', permissions: 'r', expiration_date: null },
    ]);
  });

  it('an expiry moved into the past is refused in the edit form', async () => {
    const fake = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit access of Bob Brown to /projects/' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit access of Bob Brown to /projects/' });
    const date = within(dialog).getByLabelText('Access ends after (optional)');
    await userEvent.clear(date);
    await userEvent.type(date, '2001-01-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText(/expiry date is in the past/)).toBeTruthy();
    expect(bodyOf(fake, 'PUT')).toEqual([]);
  });

  it('removes a rule after confirming; one already gone is explained and the list refreshed', async () => {
    const fake = renderPage(
      sharingServer().on('DELETE', `endpoint/${GUEST_ID}/access/r-bob`, () =>
        httpError(404, { code: 'AccessRuleNotFound', message: 'gone' }),
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Remove access of Bob Brown to /projects/' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Bob Brown’s access to /projects/?' });
    expect(dialog.textContent).toContain('will no longer be able to list or download');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('This permission is already gone');
    await eventually(() => expect(fake.count(`endpoint/${GUEST_ID}/access_list`)).toBe(2));
  });

  it('a collection that is not a guest collection says there is nothing to manage here', async () => {
    renderPage(sharingServer({ endpoint: guestCollection({ entity_type: 'GCSv5_mapped_collection' }) }));
    expect(await screen.findByText('Only guest collections have permissions')).toBeTruthy();
  });

  it('without the access manager role the list explains what is needed', async () => {
    renderPage(
      sharingServer().on('GET', `endpoint/${GUEST_ID}/access_list`, () =>
        httpError(403, { code: 'PermissionDenied', message: 'You need the administrator or access_manager role' }),
      ),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Access Manager or Administrator role');
    expect(screen.queryByRole('button', { name: 'Add permission' })).toBeNull();
  });

  it('a deleted guest collection says so', async () => {
    renderPage(
      sharingServer().on('GET', `endpoint/${GUEST_ID}`, () =>
        httpError(404, { code: 'EndpointDeleted', message: 'x' }),
      ),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('The guest collection no longer exists');
  });
});
