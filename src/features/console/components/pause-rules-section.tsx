// The pause rules of one endpoint: what each pauses, for whom, since when; create, edit and delete.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import { MessagePanel } from '@/components/ui/message-panel';
import { useServices } from '@/components/services/services-context';
import { useDeletePauseRule, usePauseRules } from '@/features/console/api/pause-rules';
import { PauseRuleDialog } from '@/features/console/components/pause-rule-dialog';
import { OPERATION_TEXT } from '@/features/console/model/pause-rule-form';
import { PAUSE_OPERATIONS, type AdminPauseRule } from '@/lib/globus/endpoint-manager';
import { describeRoleError } from '@/lib/globus/describe-role-error';
import { formatDateTime } from '@/lib/format/dates';
import { identitiesQuery } from '@/lib/queries/identities';

const MANAGE = { roles: ['administrator', 'activity_manager'] };

export function PauseRulesSection({
  endpointId,
  endpointName,
  canManage,
}: {
  endpointId: string;
  endpointName: string;
  canManage: boolean;
}) {
  const { http } = useServices();
  const rules = usePauseRules(endpointId);
  const ids = [...new Set((rules.data?.DATA ?? []).flatMap((r) => (r.identity_id ? [r.identity_id] : [])))];
  const names = useQuery({ ...identitiesQuery(http, { ids }), enabled: ids.length > 0 });
  const who = (id: string | null | undefined) =>
    !id ? 'Everyone' : (names.data?.identities.find((i) => i.id === id)?.username ?? id);
  const [editing, setEditing] = useState<AdminPauseRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AdminPauseRule | null>(null);

  return (
    <section aria-labelledby="pause-rules-heading" className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <h2 id="pause-rules-heading" className="text-base font-semibold text-slate-900">
          Pause rules
        </h2>
        {canManage ? (
          <Button size="sm" onClick={() => setEditing('new')}>
            New pause rule…
          </Button>
        ) : null}
      </div>
      {rules.isPending ? <p role="status">Loading pause rules…</p> : null}
      {rules.isError ? (
        <MessagePanel
          role="alert"
          tone="error"
          title={
            describeRoleError(rules.error, {
              roles: ['administrator', 'activity_manager', 'activity_monitor'],
              on: endpointName,
            }).title
          }
        >
          <p className="whitespace-pre-line">
            {
              describeRoleError(rules.error, {
                roles: ['administrator', 'activity_manager', 'activity_monitor'],
                on: endpointName,
              }).detail
            }
          </p>
        </MessagePanel>
      ) : null}
      {rules.data && rules.data.DATA.length === 0 ? (
        <p className="text-sm text-slate-700">No pause rules: nothing on this endpoint is paused by a rule.</p>
      ) : null}
      {rules.data?.DATA.length ? (
        <ul className="flex flex-col gap-2" aria-label="Pause rules">
          {rules.data.DATA.map((r) => (
            <li key={r.id} className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
              <p className="font-medium text-slate-900">{r.message || 'No message'}</p>
              <p className="text-xs text-slate-700">
                Pauses:{' '}
                {PAUSE_OPERATIONS.filter((op) => r[op])
                  .map((op) => OPERATION_TEXT[op])
                  .join('; ') || 'nothing'}
              </p>
              <p className="text-xs text-slate-700">
                Applies to: {who(r.identity_id)} · from {r.start_time ? formatDateTime(r.start_time) : 'its creation'}
              </p>
              {canManage && r.editable !== false ? (
                <div className="mt-1 flex gap-2">
                  <Button size="sm" onClick={() => setEditing(r)} aria-label={`Edit pause rule “${r.message || r.id}”`}>
                    Edit…
                  </Button>
                  <Button
                    size="sm"
                    onClick={() => setDeleting(r)}
                    aria-label={`Delete pause rule “${r.message || r.id}”`}
                  >
                    Delete…
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <PauseRuleDialog
          endpointId={endpointId}
          endpointName={endpointName}
          rule={editing === 'new' ? undefined : editing}
          whoText={editing === 'new' || !editing.identity_id ? '' : who(editing.identity_id)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <DeleteRuleDialog
          endpointId={endpointId}
          endpointName={endpointName}
          rule={deleting}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}

function DeleteRuleDialog({
  endpointId,
  endpointName,
  rule,
  onClose,
}: {
  endpointId: string;
  endpointName: string;
  rule: AdminPauseRule;
  onClose: () => void;
}) {
  const del = useDeletePauseRule(endpointId);
  const error = del.isError ? describeRoleError(del.error, { ...MANAGE, on: endpointName }) : null;
  return (
    <Modal
      title="Delete this pause rule?"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Keep it
          </Button>
          <Button
            variant="primary"
            disabled={del.isPending}
            onClick={() => del.mutate(rule.id, { onSuccess: onClose })}
          >
            {del.isPending ? 'Deleting…' : 'Delete rule'}
          </Button>
        </>
      }
    >
      <p>Tasks it holds continue once it is gone: “{rule.message || rule.id}”.</p>
      {error ? <DialogError title={error.title} detail={error.detail} /> : null}
    </Modal>
  );
}
