import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { IdentityPicker } from '@/components/identity/identity-picker';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import { toastStore } from '@/components/ui/toast-store';
import type { Identity } from '@/lib/globus/auth-api';
import type { PrincipalType } from '@/lib/globus/sharing';
import { myGroupsQuery } from '@/lib/queries/groups';
import { useCreateRule } from '@/features/sharing/api/access-rules';
import { FolderField } from '@/features/sharing/components/folder-field';
import { ExpiryField, PermissionField, TextField } from '@/features/sharing/components/rule-fields';
import { buildRule, newRuleForm, type RuleForm, type RuleFormErrors } from '@/features/sharing/lib/rule-form';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';

const AUDIENCES: { value: PrincipalType; label: string }[] = [
  { value: 'identity', label: 'A person' },
  { value: 'group', label: 'A group' },
  { value: 'all_authenticated_users', label: 'All Globus users' },
  { value: 'anonymous', label: 'Public (anyone, no sign-in)' },
];

/** Add one access rule: who, which folder, read or read-write, until when, and whom to tell. */
export function AddRuleDialog({
  collectionId,
  collectionName,
  onClose,
}: {
  collectionId: string;
  collectionName: string;
  onClose: () => void;
}) {
  const id = useId();
  const [form, setForm] = useState<RuleForm>(() => newRuleForm());
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const create = useCreateRule(collectionId);
  const set = (change: Partial<RuleForm>) => setForm((f) => ({ ...f, ...change }));

  const submit = () => {
    const built = buildRule(form);
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    create.mutate(built.body, {
      onSuccess: () => {
        toastStore.push({
          id: `rule-${collectionId}-${Date.now()}`,
          tone: 'success',
          title: `Shared ${built.body.path} (${built.body.permissions === 'rw' ? 'read and write' : 'read only'})`,
          body: `On ${collectionName}.`,
        });
        onClose();
      },
    });
  };

  const problem = create.error ? describeSharingError(create.error) : null;
  return (
    <Modal
      title="Add permission"
      wide
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Add permission'}
          </Button>
        </>
      }
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Share with</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {AUDIENCES.map((a) => (
            <label key={a.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-audience`}
                checked={form.audience === a.value}
                onChange={() => set({ audience: a.value })}
                data-autofocus={a.value === form.audience ? true : undefined}
              />
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3">
        {/* Every audience's fields stay mounted, so switching back and forth loses nothing typed. */}
        <div hidden={form.audience !== 'identity'}>
          <IdentityPicker
            allowInvite
            onConfirm={(identity) => set({ identity, notifyEmail: form.notifyEmail || addressOf(identity) })}
            onClear={() => set({ identity: null })}
          />
        </div>
        <div hidden={form.audience !== 'group'}>
          <GroupSelect value={form.groupId} onChange={(groupId) => set({ groupId })} />
        </div>
        {form.audience === 'anonymous' ? (
          <p className="text-sm text-amber-800">
            Anyone who has the link can use this folder without signing in, including people outside your organization.
          </p>
        ) : form.audience === 'all_authenticated_users' ? (
          <p className="text-sm text-slate-700">Everyone who signs in to Globus with any identity.</p>
        ) : null}
        {errors.who ? <p className="mt-1 text-sm text-red-800">{errors.who}</p> : null}
      </div>

      <FolderField
        label="Folder"
        hint="A folder of this guest collection, from its top: / is the whole collection."
        value={form.path}
        onChange={(path) => set({ path })}
        error={errors.path}
        collectionId={collectionId}
        start="/"
      />

      <PermissionField
        value={form.permissions}
        onChange={(permissions) => set({ permissions })}
        note={
          form.audience === 'anonymous' && form.permissions === 'rw'
            ? 'Anyone could change or delete files here. Collections often refuse anonymous writes.'
            : undefined
        }
      />
      <ExpiryField value={form.expiryDay} onChange={(expiryDay) => set({ expiryDay })} error={errors.expiry} />
      <TextField
        label="Notify by email (optional)"
        type="email"
        value={form.notifyEmail}
        onChange={(notifyEmail) => set({ notifyEmail })}
        error={errors.notifyEmail}
        hint="Globus emails this address a link to the folder."
      />
      <TextField
        label="Message (optional)"
        multiline
        value={form.message}
        onChange={(message) => set({ message })}
        error={errors.message}
      />
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
    </Modal>
  );
}

/** Where Globus can email the person: their email, else a username that is an address. */
const addressOf = (i: Identity) => i.email ?? (i.username.includes('@') ? i.username : '');

function GroupSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const id = useId();
  const { http } = useServices();
  const groups = useQuery(myGroupsQuery(http));
  if (groups.isError)
    return (
      <div role="alert" className="text-sm text-red-800">
        Could not load your groups. {describeSharingError(groups.error).detail}{' '}
        <Button size="sm" onClick={() => void groups.refetch()}>
          Try again
        </Button>
      </div>
    );
  const list = [...(groups.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        Group
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={groups.isPending}
        className="h-9 rounded-md border border-slate-300 px-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        <option value="">{groups.isPending ? 'Loading your groups…' : 'Choose one of your groups'}</option>
        {list.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {groups.isSuccess && list.length === 0 ? (
        <p className="text-sm text-slate-600">You are not a member of any group.</p>
      ) : null}
    </div>
  );
}
