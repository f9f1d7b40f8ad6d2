import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { DeadlineField } from '@/components/ui/deadline-field';
import { SYNC_LEVELS, type FilterRuleDraft, type TransferForm } from '@/features/file-manager/model/transfer-form';
import { encryptionForced } from '@/features/file-manager/lib/transfer-body';

type Props = { form: TransferForm; set: (change: Partial<TransferForm>) => void };

const field = 'h-8 rounded border border-slate-300 bg-white px-2 text-sm';

function Check({
  label,
  checked,
  onChange,
  disabled,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  return (
    <label className="flex items-start gap-2 py-0.5">
      <input
        type="checkbox"
        className="mt-1"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>
        {label}
        {hint ? <span className="block text-xs text-slate-600">{hint}</span> : null}
      </span>
    </label>
  );
}

/** Every POST /transfer option (docs/protocol/tasks.md#transfer-submissions), grouped as the Globus Web App groups them. */
export function TransferOptions({ form, set }: Props) {
  const forced = encryptionForced(form);
  const setRule = (i: number, change: Partial<FilterRuleDraft>) =>
    set({ filterRules: form.filterRules.map((r, k) => (k === i ? { ...r, ...change } : r)) });
  return (
    <div className="mt-3 grid gap-3">
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Label</span>
          <input className={field} value={form.label} onChange={(e) => set({ label: e.target.value })} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Sync</span>
          <select
            className={field}
            value={form.syncLevel}
            onChange={(e) => set({ syncLevel: e.target.value as TransferForm['syncLevel'] })}
          >
            {SYNC_LEVELS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="grid gap-x-4 sm:grid-cols-2">
        <legend className="font-medium">Options</legend>
        <Check
          label="Delete extra files at the destination"
          checked={form.deleteDestinationExtra}
          onChange={(v) => set({ deleteDestinationExtra: v })}
        />
        <Check
          label="Verify checksum after copying"
          checked={form.verifyChecksum}
          onChange={(v) => set({ verifyChecksum: v })}
        />
        <Check
          label="Preserve modification times"
          checked={form.preserveTimestamp}
          onChange={(v) => set({ preserveTimestamp: v })}
        />
        <Check
          label="Encrypt data in transit"
          checked={forced || form.encrypt}
          disabled={forced}
          onChange={(v) => set({ encrypt: v })}
          hint={forced ? 'Required by the collection.' : undefined}
        />
        <Check
          label="Skip files that cannot be read at the source"
          checked={form.skipSourceErrors}
          onChange={(v) => set({ skipSourceErrors: v })}
        />
        <Check
          label="Fail when a quota is exceeded"
          checked={form.failOnQuotaErrors}
          onChange={(v) => set({ failOnQuotaErrors: v })}
        />
      </fieldset>
      <fieldset className="grid gap-1">
        <legend className="font-medium">Filter rules (first match wins)</legend>
        {form.filterRules.map((r, i) => (
          <div key={i} className="flex flex-wrap items-center gap-1" role="group" aria-label={`Filter rule ${i + 1}`}>
            <select
              aria-label="Include or exclude"
              className={field}
              value={r.method}
              onChange={(e) => setRule(i, { method: e.target.value as FilterRuleDraft['method'] })}
            >
              <option value="exclude">Exclude</option>
              <option value="include">Include</option>
            </select>
            <select
              aria-label="Applies to"
              className={field}
              value={r.type}
              onChange={(e) => setRule(i, { type: e.target.value as FilterRuleDraft['type'] })}
            >
              <option value="">Files and folders</option>
              <option value="file">Files</option>
              <option value="dir">Folders</option>
            </select>
            <input
              aria-label="Name pattern"
              placeholder="*.tmp"
              className={`${field} min-w-0 flex-1 font-mono`}
              value={r.name}
              onChange={(e) => setRule(i, { name: e.target.value })}
            />
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove filter rule ${i + 1}`}
              onClick={() => set({ filterRules: form.filterRules.filter((_, k) => k !== i) })}
            >
              ×
            </Button>
          </div>
        ))}
        <div>
          <Button
            size="sm"
            onClick={() => set({ filterRules: [...form.filterRules, { method: 'exclude', type: '', name: '' }] })}
          >
            Add filter rule
          </Button>
        </div>
      </fieldset>
      <div className="grid gap-2 sm:grid-cols-2">
        <DeadlineField
          className={field}
          labelClassName="font-medium"
          value={form.deadline}
          onChange={(deadline) => set({ deadline })}
        />
        {form.source.localUsers ? (
          <label className="flex flex-col gap-1">
            <span className="font-medium">Source local account</span>
            <input
              className={field}
              value={form.sourceLocalUser}
              onChange={(e) => set({ sourceLocalUser: e.target.value })}
            />
          </label>
        ) : null}
        {form.destination.localUsers ? (
          <label className="flex flex-col gap-1">
            <span className="font-medium">Destination local account</span>
            <input
              className={field}
              value={form.destinationLocalUser}
              onChange={(e) => set({ destinationLocalUser: e.target.value })}
            />
          </label>
        ) : null}
      </div>
      <fieldset className="grid gap-x-4 sm:grid-cols-3">
        <legend className="font-medium">Email me when the task</legend>
        <Check label="succeeds" checked={form.notifyOnSucceeded} onChange={(v) => set({ notifyOnSucceeded: v })} />
        <Check label="fails" checked={form.notifyOnFailed} onChange={(v) => set({ notifyOnFailed: v })} />
        <Check label="needs attention" checked={form.notifyOnInactive} onChange={(v) => set({ notifyOnInactive: v })} />
      </fieldset>
    </div>
  );
}
