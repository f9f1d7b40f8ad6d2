// Guest collections hosted on an endpoint and, on demand, each one's access rules; a rule can be deleted
// where my roles on that guest collection allow it (access manager or administrator).
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { RemoveAccessDialog } from '@/components/access-rules/remove-access-dialog';
import {
  useAdminAccessList,
  useDeleteAccessRule,
  useHostedCollections,
} from '@/features/console/api/guest-collections';
import type { Endpoint } from '@/lib/globus/transfer-types';
import type { AccessRule } from '@/lib/globus/endpoint-manager';
import { describeRoleError } from '@/lib/globus/describe-role-error';
import { formatDateTime } from '@/lib/format/dates';

const MONITOR = ['administrator', 'activity_manager', 'activity_monitor'];

const principalText = (r: AccessRule) =>
  r.principal_type === 'all_authenticated_users'
    ? 'All signed-in users'
    : r.principal_type === 'anonymous'
      ? 'Anyone (public)'
      : `${r.principal_type === 'group' ? 'Group' : 'User'} ${r.principal}`;

export function GuestCollectionsSection({ endpointId, endpointName }: { endpointId: string; endpointName: string }) {
  const hosted = useHostedCollections(endpointId);
  const error = hosted.isError ? describeRoleError(hosted.error, { roles: MONITOR, on: endpointName }) : null;
  return (
    <section aria-labelledby="guests-heading" className="flex flex-col gap-2">
      <h2 id="guests-heading" className="text-base font-semibold text-slate-900">
        Guest collections hosted here
      </h2>
      {hosted.isPending ? <p role="status">Loading guest collections…</p> : null}
      {error ? (
        <MessagePanel role="alert" tone="error" title={error.title}>
          <p className="whitespace-pre-line">{error.detail}</p>
        </MessagePanel>
      ) : null}
      {hosted.data && hosted.data.DATA.length === 0 ? (
        <p className="text-sm text-slate-700">No guest collection is hosted on this endpoint.</p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {hosted.data?.DATA.map((g) => (
          <GuestCollection key={g.id} guest={g} />
        ))}
      </ul>
    </section>
  );
}

function GuestCollection({ guest }: { guest: Endpoint }) {
  const [open, setOpen] = useState(false);
  const [removing, setRemoving] = useState<(AccessRule & { id: string }) | null>(null);
  const name = guest.display_name ?? guest.id;
  const rules = useAdminAccessList(guest.id, open);
  const del = useDeleteAccessRule(guest.id);
  const roles = guest.my_effective_roles ?? [];
  const canDelete = roles.includes('administrator') || roles.includes('access_manager');
  const error = rules.isError ? describeRoleError(rules.error, { roles: MONITOR, on: name }) : null;
  const delError = del.isError
    ? describeRoleError(del.error, { roles: ['access_manager', 'administrator'], on: name })
    : null;
  const closeRemoving = () => {
    setRemoving(null);
    del.reset();
  };
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{name}</span>
        <span className="text-xs text-slate-600">
          owner {guest.owner_string ?? guest.owner_id ?? '—'} · {guest.host_path ?? ''}
        </span>
        <Button size="sm" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide access rules' : 'Show access rules'}
        </Button>
      </div>
      {open && rules.isPending ? <p role="status">Loading access rules…</p> : null}
      {error ? (
        <p role="alert" className="mt-1 text-xs whitespace-pre-line text-red-700">
          {error.title}: {error.detail}
        </p>
      ) : null}
      {open && rules.data ? (
        <table className="mt-2 w-full text-left text-xs">
          <caption className="sr-only">Access rules of {name}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Path</th>
              <th scope="col">Permissions</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.data.DATA.map((r, i) => (
              <tr key={r.id ?? `role-${i}`} className="border-t border-slate-100">
                <td>{principalText(r)}</td>
                <td>{r.path ?? '/'}</td>
                <td>{r.permissions === 'rw' ? 'Read and write' : 'Read'}</td>
                <td>{r.expiration_date ? formatDateTime(r.expiration_date) : 'Never'}</td>
                <td>
                  {r.id !== null && canDelete ? (
                    <Button
                      size="sm"
                      disabled={del.isPending}
                      aria-label={`Delete access rule for ${principalText(r)} on ${r.path ?? '/'}`}
                      onClick={() => setRemoving({ ...r, id: String(r.id) })}
                    >
                      Delete…
                    </Button>
                  ) : r.id === null ? (
                    <span className="text-slate-500">From a role</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {removing ? (
        <RemoveAccessDialog
          who={principalText(removing)}
          rule={removing}
          pending={del.isPending}
          problem={delError}
          onConfirm={() => del.mutate(removing.id, { onSuccess: closeRemoving })}
          onClose={closeRemoving}
        />
      ) : null}
    </li>
  );
}
