// Create or edit a pause rule: which operations it pauses, for whom, from when, and the message users see.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import { useServices } from '@/components/services/services-context';
import { useSavePauseRule } from '@/features/console/api/pause-rules';
import {
  formFromRule,
  formProblem,
  OPERATION_TEXT,
  ruleBody,
  type PauseRuleForm,
} from '@/features/console/model/pause-rule-form';
import { PAUSE_OPERATIONS, type AdminPauseRule } from '@/lib/globus/endpoint-manager';
import { describeRoleError } from '@/lib/globus/describe-role-error';
import { resolveIdentity } from '@/lib/queries/resolve-identity';

const input = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm';

export function PauseRuleDialog({
  endpointId,
  endpointName,
  rule,
  whoText,
  onClose,
}: {
  endpointId: string;
  endpointName: string;
  rule?: AdminPauseRule | undefined;
  /** How the rule's identity reads (its username), when editing. */
  whoText?: string;
  onClose: () => void;
}) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PauseRuleForm>(() => formFromRule(rule, whoText ?? rule?.identity_id ?? ''));
  const [problem, setProblem] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const save = useSavePauseRule(endpointId);
  const set = (change: Partial<PauseRuleForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setProblem(null);
  };

  const submit = async () => {
    const p = formProblem(form);
    if (p) return setProblem(p);
    let identityId: string | null = null;
    if (form.who.trim()) {
      setLooking(true);
      try {
        identityId = (await resolveIdentity(queryClient, http, form.who))?.id ?? null;
      } catch {
        setLooking(false);
        return setProblem('Could not look up that user. Check your connection and try again.');
      }
      setLooking(false);
      if (!identityId) return setProblem(`Globus knows no identity named “${form.who.trim()}”. Check the spelling.`);
    }
    save.mutate({ id: rule?.id, rule: ruleBody(endpointId, form, identityId) }, { onSuccess: onClose });
  };

  const error = save.isError
    ? describeRoleError(save.error, { roles: ['administrator', 'activity_manager'], on: endpointName })
    : null;
  return (
    <Modal
      title={rule ? 'Edit pause rule' : `New pause rule on ${endpointName}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" disabled={save.isPending || looking}>
            {save.isPending || looking ? 'Saving…' : rule ? 'Save changes' : 'Create rule'}
          </Button>
        </>
      }
    >
      <fieldset>
        <legend className="font-medium">Pause these operations</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {PAUSE_OPERATIONS.map((op) => (
            <label key={op} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                checked={form.operations.includes(op)}
                onChange={(e) =>
                  set({
                    operations: e.target.checked ? [...form.operations, op] : form.operations.filter((x) => x !== op),
                  })
                }
              />
              {OPERATION_TEXT[op]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 block">
        <span className="font-medium">Applies to (Globus username; empty for everyone)</span>
        <input
          className={input}
          value={form.who}
          onChange={(e) => set({ who: e.target.value })}
          placeholder="Everyone"
          autoComplete="off"
        />
      </label>
      <label className="mt-3 block">
        <span className="font-medium">Starts (empty for now)</span>
        <input
          type="datetime-local"
          className={input}
          value={form.start}
          onChange={(e) => set({ start: e.target.value })}
        />
      </label>
      <label className="mt-3 block">
        <span className="font-medium">Message shown to the users it pauses</span>
        <textarea
          data-autofocus
          rows={2}
          className={input}
          value={form.message}
          onChange={(e) => set({ message: e.target.value })}
        />
      </label>
      {problem ? <DialogError title="Check the rule" detail={problem} /> : null}
      {error ? <DialogError title={error.title} detail={error.detail} /> : null}
    </Modal>
  );
}
