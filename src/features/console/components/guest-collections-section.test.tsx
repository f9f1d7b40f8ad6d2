// Deleting an access rule from the administrator's console asks first, naming what stops working.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GuestCollectionsSection } from '@/features/console/components/guest-collections-section';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

setUpComponentTests();

const GUEST = {
  DATA_TYPE: 'endpoint',
  id: 'g-1',
  display_name: 'Results share',
  entity_type: 'GCSv5_guest_collection',
  host_path: '/data/results/',
  my_effective_roles: ['access_manager'],
};
const RULE = {
  DATA_TYPE: 'access',
  id: 'r-7',
  principal_type: 'all_authenticated_users',
  principal: '',
  path: '/2024/',
  permissions: 'rw',
};

function renderSection(refuseFirst: boolean) {
  let refuse = refuseFirst;
  const fake = createFakeHttp([
    {
      path: 'endpoint_manager/endpoint/ep-1/hosted_endpoint_list',
      reply: () => ({ DATA_TYPE: 'endpoint_list', DATA: [GUEST] }),
    },
    {
      path: 'endpoint_manager/endpoint/g-1/access_list',
      reply: () => ({ DATA_TYPE: 'access_list', DATA: [RULE] }),
    },
    {
      method: 'DELETE',
      path: 'endpoint/g-1/access/r-7',
      reply: () => {
        if (!refuse) return { DATA_TYPE: 'result', code: 'Deleted', message: 'gone', request_id: 'q', resource: 'x' };
        refuse = false;
        return httpError(403, { code: 'PermissionDenied', message: 'No' });
      },
    },
  ]);
  renderWithServices({ http: fake.http, element: <GuestCollectionsSection endpointId="ep-1" endpointName="Lab" /> });
  return { deletes: () => fake.calls.filter((c) => c.method === 'DELETE').length };
}

describe('console: deleting an access rule', () => {
  it('asks first, naming who loses what; Cancel deletes nothing, Remove access deletes', async () => {
    const { deletes } = renderSection(false);
    await userEvent.click(await screen.findByRole('button', { name: 'Show access rules' }));
    const remove = await screen.findByRole('button', { name: 'Delete access rule for All signed-in users on /2024/' });
    await userEvent.click(remove);
    let dialog = screen.getByRole('dialog', { name: 'Remove All signed-in users’s access to /2024/?' });
    expect(dialog.textContent).toMatch(/no longer be able to list, download, upload or change files in \/2024\//);
    expect(dialog.textContent).toMatch(/Transfers they already started there will fail/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(deletes()).toBe(0);

    await userEvent.click(remove);
    dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(deletes()).toBe(1);
  });

  it('a refusal is shown in the dialog, which stays open to try again', async () => {
    const { deletes } = renderSection(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Show access rules' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete access rule for All signed-in users on /2024/' }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/access manager|administrator/i);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove access' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(deletes()).toBe(2);
  });
});
