// The console's forms: the bodies they send, and what they say when input or Globus refuses.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { AdminCancel } from '@/lib/globus/endpoint-manager';
import { AdminActionDialog } from '@/features/console/components/admin-action-dialog';
import { AdminTaskList } from '@/features/console/components/admin-task-list';
import { AdminCancelProgress } from '@/features/console/components/admin-cancel-progress';
import { PauseRuleDialog } from '@/features/console/components/pause-rule-dialog';
import { NO_FILTERS } from '@/features/console/model/task-filters';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

setUpComponentTests();

const EP = 'c0000000-0000-4000-8000-000000000002';
const ALICE = {
  id: 'a1',
  username: 'alice@example.org',
  status: 'used',
  identity_provider: 'x',
  name: 'Alice',
  email: null,
  organization: null,
};
const denied = httpError(403, { code: 'PermissionDenied', message: 'You cannot manage task t-1' });

describe('administrator pause, resume and cancel', () => {
  it('asks for a message before pausing, sends it with the task ids, and keeps it when Globus refuses', async () => {
    const bodies: unknown[] = [];
    let refuse = true;
    const fake = createFakeHttp().on('POST', 'endpoint_manager/admin_pause', (req) => {
      bodies.push(req.body);
      return refuse ? denied : { code: 'PauseAccepted', message: '1 task(s) paused' };
    });
    let done = 0;
    renderWithServices({
      http: fake.http,
      element: <AdminActionDialog action="pause" taskIds={['t-1', 't-2']} onClose={() => {}} onDone={() => done++} />,
    });
    const dialog = screen.getByRole('dialog', { name: 'Pause tasks (2)' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch('Write a message');
    expect(fake.calls).toHaveLength(0);

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Message to the task owners' }), 'Disk swap');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));
    expect(await within(dialog).findByText(/You need the administrator or activity manager role/)).toBeTruthy();
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Message to the task owners' }).value).toBe(
      'Disk swap',
    );

    refuse = false;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Pause' }));
    await vi.waitFor(() => expect(done).toBe(1));
    expect(bodies.at(-1)).toEqual({ message: 'Disk swap', task_id_list: ['t-1', 't-2'] });
  });

  it('cancels with an admin_cancel document and reports a task that finished before the cancel reached it', async () => {
    const fake = createFakeHttp()
      .on('POST', 'endpoint_manager/admin_cancel', (req) => ({
        DATA_TYPE: 'admin_cancel',
        id: 7,
        message: (req.body as { message: string }).message,
        task_id_list: ['t-1', 't-2'],
        done: false,
      }))
      .on('GET', 'endpoint_manager/admin_cancel/7', () => ({
        DATA_TYPE: 'admin_cancel',
        id: 7,
        done: true,
        task_id_list: ['t-1', 't-2'],
      }))
      .on('GET', 'endpoint_manager/task_list', () => ({
        DATA_TYPE: 'task_list',
        has_next_page: false,
        DATA: [
          { task_id: 't-1', status: 'FAILED', canceled_by_admin: 'SOURCE', label: 'big' },
          { task_id: 't-2', status: 'SUCCEEDED', canceled_by_admin: null, label: 'quick' },
        ],
      }));
    const Harness = () => {
      const [cancel, setCancel] = useState<AdminCancel | null>(null);
      return cancel ? (
        <AdminCancelProgress cancel={cancel} onDismiss={() => setCancel(null)} />
      ) : (
        <AdminActionDialog
          action="cancel"
          taskIds={['t-1', 't-2']}
          onClose={() => {}}
          onDone={(r) => setCancel(r.cancel ?? null)}
        />
      );
    };
    renderWithServices({ http: fake.http, element: <Harness /> });
    await userEvent.type(screen.getByRole('textbox', { name: 'Message to the task owners' }), 'Wrong data');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel tasks' }));
    const region = await screen.findByRole('region', { name: 'Administrator cancel 7' });
    expect((await within(region).findByText(/1 cancelled; 1 had already finished/)).textContent).toMatch('quick');
    expect(fake.calls.find((c) => c.path === 'endpoint_manager/admin_cancel')?.body).toEqual({
      DATA_TYPE: 'admin_cancel',
      message: 'Wrong data',
      task_id_list: ['t-1', 't-2'],
    });
  });
});

describe('the administrator task list', () => {
  it('names the missing role on a refusal instead of showing an empty list', async () => {
    const fake = createFakeHttp().on('GET', 'endpoint_manager/task_list', () => denied);
    renderWithServices({ http: fake.http, element: <AdminTaskList filters={NO_FILTERS} /> });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/You need the administrator, activity manager or activity monitor role/);
    expect(screen.queryByText(/No task on the endpoints/)).toBeNull();
  });

  it('looks the owner up and filters by identity id, and says so when no such identity exists', async () => {
    const fake = createFakeHttp()
      .on('GET', 'v2/api/identities', (req) => ({
        identities: String(req.query?.usernames) === 'alice@example.org' ? [ALICE] : [],
      }))
      .on('GET', 'endpoint_manager/task_list', () => ({ DATA_TYPE: 'task_list', has_next_page: false, DATA: [] }));
    const view = renderWithServices({
      http: fake.http,
      element: <AdminTaskList filters={{ ...NO_FILTERS, owner: 'alice@example.org', statuses: ['ACTIVE'] }} />,
    });
    expect(await screen.findByText(/No task on the endpoints/)).toBeTruthy();
    expect(fake.calls.find((c) => c.path === 'endpoint_manager/task_list')?.query).toMatchObject({
      filter_owner_id: 'a1',
      filter_status: 'ACTIVE',
      limit: 50,
    });
    view.unmount();
    renderWithServices({
      http: fake.http,
      element: <AdminTaskList filters={{ ...NO_FILTERS, owner: 'nobody@example.org' }} />,
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      'Globus knows no identity named “nobody@example.org”',
    );
  });
});

describe('pause rule form', () => {
  it('refuses a rule that pauses nothing, then sends the operations, the person and the message', async () => {
    const bodies: unknown[] = [];
    const fake = createFakeHttp()
      .on('GET', 'v2/api/identities', () => ({ identities: [ALICE] }))
      .on('POST', 'endpoint_manager/pause_rule', (req) => {
        bodies.push(req.body);
        return { DATA_TYPE: 'pause_rule', id: 'r-1', endpoint_id: EP };
      });
    let closed = 0;
    renderWithServices({
      http: fake.http,
      element: <PauseRuleDialog endpointId={EP} endpointName="Tutorial 2" onClose={() => closed++} />,
    });
    const dialog = screen.getByRole('dialog', { name: 'New pause rule on Tutorial 2' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Message/ }), 'Storage swap');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /reading from it/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /writing to it/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create rule' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch('Choose at least one operation');
    expect(fake.calls).toHaveLength(0);
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: /^Message/ }).value).toBe('Storage swap');

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Delete tasks' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Applies to/ }), 'alice@example.org');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create rule' }));
    await vi.waitFor(() => expect(closed).toBe(1));
    expect(bodies).toEqual([
      {
        DATA_TYPE: 'pause_rule',
        endpoint_id: EP,
        message: 'Storage swap',
        identity_id: 'a1',
        start_time: null,
        pause_task_transfer_read: false,
        pause_task_transfer_write: false,
        pause_task_delete: true,
        pause_ls: false,
        pause_mkdir: false,
        pause_rename: false,
        pause_symlink: false,
      },
    ]);
  });
});
