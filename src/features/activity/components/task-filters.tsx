// Filter bar for the task list: status, type, label search, request date range, page size.
import { useEffect, useId, useState } from 'react';
import { ALL_STATUSES, ALL_TYPES, PAGE_SIZES, type TaskFilters } from '@/features/activity/model/task-filters';

const STATUS_LABELS = {
  ACTIVE: 'Active',
  INACTIVE: 'Needs attention',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed / cancelled',
} as const;
const TYPE_LABELS = { TRANSFER: 'Transfers', DELETE: 'Deletes' } as const;

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function TaskFiltersBar({
  filters,
  onChange,
}: {
  filters: TaskFilters;
  onChange: (next: Partial<TaskFilters>) => void;
}) {
  const [label, setLabel] = useState(filters.label);
  const id = useId();
  // Typing updates the URL (and the query) only after a pause, not per keystroke.
  useEffect(() => {
    if (label === filters.label) return;
    const t = setTimeout(() => onChange({ label }), 300);
    return () => clearTimeout(t);
  }, [label, filters.label, onChange]);

  const box = 'h-7 rounded border border-slate-300 bg-white px-2 text-xs';
  return (
    <form
      role="search"
      aria-label="Filter tasks"
      className="flex flex-wrap items-end gap-x-4 gap-y-2 text-xs"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">Status</legend>
        {ALL_STATUSES.map((s) => (
          <label key={s} className="inline-flex items-center gap-1">
            <input
              type="checkbox"
              checked={filters.statuses.includes(s)}
              onChange={() => onChange({ statuses: toggle(filters.statuses, s) })}
            />
            {STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">Type</legend>
        {ALL_TYPES.map((t) => (
          <label key={t} className="inline-flex items-center gap-1">
            <input
              type="checkbox"
              checked={filters.types.includes(t)}
              onChange={() => onChange({ types: toggle(filters.types, t) })}
            />
            {TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-0.5" htmlFor={`${id}-q`}>
        <span className="text-slate-600">Label contains</span>
        <input
          id={`${id}-q`}
          type="search"
          className={`${box} w-44`}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <label className="flex flex-col gap-0.5" htmlFor={`${id}-from`}>
        <span className="text-slate-600">Requested from</span>
        <input
          id={`${id}-from`}
          type="date"
          className={box}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </label>
      <label className="flex flex-col gap-0.5" htmlFor={`${id}-to`}>
        <span className="text-slate-600">Requested to</span>
        <input
          id={`${id}-to`}
          type="date"
          className={box}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </label>
      <label className="flex flex-col gap-0.5" htmlFor={`${id}-size`}>
        <span className="text-slate-600">Per page</span>
        <select
          id={`${id}-size`}
          className={box}
          value={filters.limit}
          onChange={(e) => onChange({ limit: Number(e.target.value) })}
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
