// The shared roles panel: the body of a new role, and refusals in words (never an empty list).
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RolesPanel } from '@/components/roles/roles-panel';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

setUpComponentTests();

const EP = 'c0000000-0000-4000-8000-000000000050';
const BOB = {
  id: 'b0b00000-0000-4000-8000-000000000001',
  username: 'bob@example.org',
  name: 'Bob Brown',
  email: 'bob@example.org',
  organization: null,
  status: 'used',
  identity_provider: 'idp-1',
};

function server(roles: unknown[]) {
  return createFakeHttp()
    .on('GET', `endpoint/${EP}/role_list`, () => ({ DATA_TYPE: 'role_list', DATA: roles }))
    .on('GET', 'v2/api/identities', (req) => ({
      identities: [req.query?.usernames, req.query?.ids].some((q) => String(q).includes('bob')) ? [BOB] : [],
    }))
    .on('GET', 'groups/my_groups', () => []);
}

describe('RolesPanel', () => {
  it('adds a role for the person confirmed in the identity picker, and says so when it already exists', async () => {
    const bodies: unknown[] = [];
    let exists = false;
    const fake = server([]).on('POST', `endpoint/${EP}/role`, (req) => {
      bodies.push(req.body);
      return exists
        ? httpError(409, { code: 'Exists', message: 'That role assignment already exists' })
        : { DATA_TYPE: 'role', id: 'r-9', principal_type: 'identity', principal: BOB.id, role: 'activity_manager' };
    });
    renderWithServices({ http: fake.http, element: <RolesPanel endpointId={EP} endpointName="Legacy" /> });
    await screen.findByRole('list', { name: 'Roles on Legacy' });
    await userEvent.click(screen.getByRole('button', { name: 'Add role' }));
    expect((await screen.findByRole('alert')).textContent).toMatch('Find the person');

    fireEvent.change(screen.getByRole('textbox', { name: /^Person/ }), { target: { value: 'bob@example.org' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Use this identity' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'activity_manager');
    await userEvent.click(screen.getByRole('button', { name: 'Add role' }));
    await vi.waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      DATA_TYPE: 'role',
      principal_type: 'identity',
      principal: BOB.id,
      role: 'activity_manager',
    });

    exists = true;
    fireEvent.change(screen.getByRole('textbox', { name: /^Person/ }), { target: { value: 'bob@example.org' } });
    await userEvent.click(await screen.findByRole('button', { name: 'Use this identity' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add role' }));
    expect((await screen.findByText(/Already there/)).textContent).toMatch('already has this role');
  });

  it('names the role needed when Globus refuses the list', async () => {
    const fake = createFakeHttp()
      .on('GET', `endpoint/${EP}/role_list`, () =>
        httpError(403, { code: 'PermissionDenied', message: 'You need a role on this endpoint to see its roles' }),
      )
      .on('GET', 'groups/my_groups', () => []);
    renderWithServices({ http: fake.http, element: <RolesPanel endpointId={EP} endpointName="Legacy" /> });
    expect((await screen.findByRole('alert')).textContent).toMatch(/You need the administrator, access manager/);
    expect(screen.queryByRole('list', { name: 'Roles on Legacy' })).toBeNull();
  });
});
