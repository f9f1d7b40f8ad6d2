// The administrator task list's filter form. What is typed stays a draft until Apply, so a half-typed
// owner name does not fire requests; a bad date window is explained and nothing is lost.
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { filterProblem, NO_FILTERS, type ConsoleFilters } from '@/features/console/model/task-filters';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { TASK_STATUSES, type TaskStatus } from '@/lib/globus/schemas/task';

const STATUS_TEXT: Record<TaskStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};

const field = 'mt-0.5 block h-8 w-full rounded border border-slate-300 bg-white px-2 text-sm';

export function AdminTaskFilters({
  applied,
  endpoints,
  onApply,
}: {
  applied: ConsoleFilters;
  endpoints: Endpoint[];
  onApply: (f: ConsoleFilters) => void;
}) {
  const [draft, setDraft] = useState(applied);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<ConsoleFilters>) => {
    setDraft((d) => ({ ...d, ...change }));
    setProblem(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = filterProblem(draft);
    setProblem(p);
    if (!p) onApply(draft);
  };
  const toggleStatus = (s: TaskStatus, on: boolean) =>
    set({ statuses: on ? [...draft.statuses, s] : draft.statuses.filter((x) => x !== s) });

  return (
    <form
      aria-label="Filter tasks"
      onSubmit={submit}
      className="grid gap-2 rounded-md border border-slate-200 bg-white p-3 text-xs sm:grid-cols-2 lg:grid-cols-4"
    >
      <fieldset className="lg:col-span-2">
        <legend className="font-medium text-slate-700">Status</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {TASK_STATUSES.map((s) => (
            <label key={s} className="inline-flex items-center gap-1">
              <input
                type="checkbox"
                checked={draft.statuses.includes(s)}
                onChange={(e) => toggleStatus(s, e.target.checked)}
              />
              {STATUS_TEXT[s]}
            </label>
          ))}
          <label className="inline-flex items-center gap-1">
            <input type="checkbox" checked={draft.pausedOnly} onChange={(e) => set({ pausedOnly: e.target.checked })} />
            Paused only
          </label>
        </div>
      </fieldset>
      <label>
        <span className="font-medium text-slate-700">Type</span>
        <select
          className={field}
          value={draft.type}
          onChange={(e) => set({ type: e.target.value as ConsoleFilters['type'] })}
        >
          <option value="">Transfers and deletes</option>
          <option value="TRANSFER">Transfers</option>
          <option value="DELETE">Deletes</option>
        </select>
      </label>
      <label>
        <span className="font-medium text-slate-700">Owner (Globus username)</span>
        <input
          className={field}
          value={draft.owner}
          onChange={(e) => set({ owner: e.target.value })}
          placeholder="e.g. alice@example.org"
          autoComplete="off"
        />
      </label>
      <label>
        <span className="font-medium text-slate-700">Label contains</span>
        <input className={field} value={draft.label} onChange={(e) => set({ label: e.target.value })} />
      </label>
      <label>
        <span className="font-medium text-slate-700">Endpoint</span>
        <select className={field} value={draft.endpoint} onChange={(e) => set({ endpoint: e.target.value })}>
          <option value="">All I monitor</option>
          {endpoints.map((ep) => (
            <option key={ep.id} value={ep.id}>
              {ep.display_name ?? ep.id}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="font-medium text-slate-700">Endpoint used as</span>
        <select
          className={field}
          value={draft.endpointUse}
          disabled={!draft.endpoint}
          onChange={(e) => set({ endpointUse: e.target.value as ConsoleFilters['endpointUse'] })}
        >
          <option value="">Source or destination</option>
          <option value="source">Source</option>
          <option value="destination">Destination</option>
        </select>
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label>
          <span className="font-medium text-slate-700">Completed from</span>
          <input
            type="date"
            className={field}
            value={draft.completedFrom}
            onChange={(e) => set({ completedFrom: e.target.value })}
          />
        </label>
        <label>
          <span className="font-medium text-slate-700">Completed to</span>
          <input
            type="date"
            className={field}
            value={draft.completedTo}
            onChange={(e) => set({ completedTo: e.target.value })}
          />
        </label>
      </div>
      <div className="flex items-end gap-2 lg:col-span-4">
        <Button type="submit" variant="primary" size="sm">
          Apply filters
        </Button>
        <Button
          size="sm"
          onClick={() => {
            setDraft(NO_FILTERS);
            setProblem(null);
            onApply(NO_FILTERS);
          }}
        >
          Clear
        </Button>
        {problem ? (
          <p role="alert" className="text-red-700">
            {problem}
          </p>
        ) : null}
      </div>
    </form>
  );
}
