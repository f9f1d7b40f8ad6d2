// The roles on one endpoint or collection (administrator, access manager, activity manager, activity monitor):
// list, add for a person or a group, remove. Shared by the administrator console and the collection page.
import { useState, type FormEvent } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useServices } from '@/components/services/services-context';
import { createRole, deleteRole, roleList, ROLE_NAMES, type Role, type RoleName } from '@/lib/globus/endpoint-manager';
import { GlobusError } from '@/lib/globus/errors';
import { describeRoleError, roleText } from '@/lib/globus/describe-role-error';
import { identitiesQuery } from '@/lib/queries/identities';
import { myGroupsQuery } from '@/lib/queries/groups';
import { isUuid } from '@/lib/queries/resolve-identity';
import { IdentityPicker } from '@/components/identity/identity-picker';

const roleKeys = { list: (endpointId: string) => ['roles', endpointId] as const };

const rolesQuery = (http: GlobusHttp, endpointId: string) =>
  queryOptions({
    queryKey: roleKeys.list(endpointId),
    queryFn: ({ signal }) => roleList(http, endpointId, { signal }),
  });

const ROLE_HELP: Record<RoleName, string> = {
  administrator: 'everything, including roles',
  access_manager: 'manages access rules',
  activity_manager: 'sees, pauses and cancels tasks',
  activity_monitor: 'sees tasks',
};

/** Why a change was refused, in words that say what to do. */
function changeError(err: unknown, on: string): { title: string; detail: string } {
  if (err instanceof GlobusError && err.status === 409)
    return { title: 'Already there', detail: 'That person or group already has this role.' };
  if (err instanceof GlobusError && err.status === 400)
    return { title: 'Globus refused the role', detail: err.message };
  return describeRoleError(err, { roles: ['administrator'], on });
}

export function RolesPanel({ endpointId, endpointName }: { endpointId: string; endpointName: string }) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  const roles = useQuery(rolesQuery(http, endpointId));
  const identityIds = (roles.data?.DATA ?? []).filter((r) => r.principal_type === 'identity').map((r) => r.principal);
  const names = useQuery({ ...identitiesQuery(http, { ids: identityIds }), enabled: identityIds.length > 0 });
  const groups = useQuery(myGroupsQuery(http));
  const principalName = (r: Role) =>
    r.principal_type === 'group'
      ? `Group ${groups.data?.find((g) => g.id === r.principal)?.name ?? r.principal}`
      : (names.data?.identities.find((i) => i.id === r.principal)?.username ?? r.principal);

  const [kind, setKind] = useState<'identity' | 'group'>('identity');
  /** A group id, or (for a person) the confirmed identity's id. */
  const [who, setWho] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const [role, setRole] = useState<RoleName>('activity_monitor');
  const [problem, setProblem] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: roleKeys.list(endpointId) });
  const add = useMutation({
    mutationFn: async () => {
      const principal = who.trim();
      if (!isUuid(principal)) throw new UnknownPrincipal(principal);
      return createRole(http, endpointId, { principal_type: kind, principal, role });
    },
    onSuccess: () => {
      setWho('');
      setPickerKey((k) => k + 1);
    },
    onSettled: invalidate,
  });
  const remove = useMutation({ mutationFn: (id: string) => deleteRole(http, endpointId, id), onSettled: invalidate });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!who.trim())
      return setProblem(
        kind === 'identity' ? 'Find the person and confirm who it is first (Use this identity).' : 'Choose a group.',
      );
    setProblem(null);
    add.mutate();
  };
  const addError =
    add.error instanceof UnknownPrincipal
      ? {
          title: 'No such identity',
          detail: `Globus knows no ${kind === 'identity' ? 'identity' : 'group'} “${add.error.text}”. Check the spelling; nothing was changed.`,
        }
      : add.isError
        ? changeError(add.error, endpointName)
        : null;
  const listError = roles.isError
    ? describeRoleError(roles.error, {
        roles: ['administrator', 'access_manager', 'activity_manager', 'activity_monitor'],
        on: endpointName,
      })
    : null;

  return (
    <section aria-labelledby={`roles-${endpointId}`} className="flex flex-col gap-2">
      <h2 id={`roles-${endpointId}`} className="text-base font-semibold text-slate-900">
        Roles on {endpointName}
      </h2>
      {roles.isPending ? <p role="status">Loading roles…</p> : null}
      {listError ? (
        <MessagePanel role="alert" tone="error" title={listError.title}>
          <p className="whitespace-pre-line">{listError.detail}</p>
        </MessagePanel>
      ) : null}
      {roles.data ? (
        <ul aria-label={`Roles on ${endpointName}`} className="flex flex-col gap-1 text-sm">
          {roles.data.DATA.map((r) => (
            <li key={r.id} className="flex items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1">
              <span className="flex-1">
                {principalName(r)} — <strong>{roleText(r.role)}</strong>
              </span>
              <Button
                size="sm"
                disabled={remove.isPending}
                aria-label={`Remove ${roleText(r.role)} role of ${principalName(r)}`}
                onClick={() => remove.mutate(r.id)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {remove.isError ? (
        <p role="alert" className="text-xs whitespace-pre-line text-red-700">
          {changeError(remove.error, endpointName).title}: {changeError(remove.error, endpointName).detail}
        </p>
      ) : null}
      <form
        aria-label={`Add a role on ${endpointName}`}
        onSubmit={submit}
        className="flex flex-wrap items-end gap-2 text-xs"
      >
        <label>
          <span className="block font-medium">For</span>
          <select
            className="h-8 rounded border border-slate-300 bg-white px-1 text-sm"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as 'identity' | 'group');
              setWho('');
            }}
          >
            <option value="identity">A person</option>
            <option value="group">A group</option>
          </select>
        </label>
        {kind === 'identity' ? (
          <div className="min-w-64">
            <IdentityPicker
              key={pickerKey}
              label="Person (Globus username or email)"
              confirmLabel="Use this identity"
              onConfirm={(identity) => {
                setWho(identity.id);
                setProblem(null);
              }}
              onClear={() => setWho('')}
            />
          </div>
        ) : (
          <label>
            <span className="block font-medium">Group</span>
            <select
              className="h-8 rounded border border-slate-300 bg-white px-1 text-sm"
              value={who}
              onChange={(e) => setWho(e.target.value)}
            >
              <option value="">Choose one of your groups</option>
              {groups.data?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span className="block font-medium">Role</span>
          <select
            className="h-8 rounded border border-slate-300 bg-white px-1 text-sm"
            value={role}
            onChange={(e) => setRole(e.target.value as RoleName)}
          >
            {ROLE_NAMES.map((r) => (
              <option key={r} value={r}>
                {roleText(r)} ({ROLE_HELP[r]})
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" size="sm" variant="primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add role'}
        </Button>
      </form>
      {problem ? (
        <p role="alert" className="text-xs text-red-700">
          {problem}
        </p>
      ) : null}
      {addError ? (
        <p role="alert" className="text-xs whitespace-pre-line text-red-700">
          {addError.title}: {addError.detail}
        </p>
      ) : null}
    </section>
  );
}

class UnknownPrincipal extends Error {
  constructor(readonly text: string) {
    super(`Unknown principal ${text}`);
  }
}
