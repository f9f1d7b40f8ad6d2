import { useId, type ReactNode } from 'react';

const inputClass =
  'h-9 rounded-md border border-slate-300 px-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600';

/** Read or read-write, as a radio group. */
export function PermissionField({
  value,
  onChange,
  note,
}: {
  value: 'r' | 'rw';
  onChange: (v: 'r' | 'rw') => void;
  note?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className="mt-3">
      <legend className="text-sm font-medium text-slate-700">Access</legend>
      <label className="mt-1 flex items-center gap-2 text-sm">
        <input type="radio" name={name} checked={value === 'r'} onChange={() => onChange('r')} />
        Read only — list and download
      </label>
      <label className="mt-1 flex items-center gap-2 text-sm">
        <input type="radio" name={name} checked={value === 'rw'} onChange={() => onChange('rw')} />
        Read and write — also upload, create folders, rename and delete
      </label>
      {note ? <p className="mt-1 text-sm text-amber-800">{note}</p> : null}
    </fieldset>
  );
}

/** An optional last day of access; the error is tied to the field for screen readers. */
export function ExpiryField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (day: string) => void;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div className="mt-3 flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        Access ends after (optional)
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className={inputClass}
        />
        {value ? (
          <button type="button" className="text-sm text-blue-800 underline" onClick={() => onChange('')}>
            No end date
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          Leave empty to keep access until you remove it.
        </p>
      )}
    </div>
  );
}

/** A labelled text field with its own error line. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  multiline = false,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email';
  multiline?: boolean;
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className="mt-3 flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => onChange(e.target.value)}
          className="rounded-md border border-slate-300 p-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600"
        />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} className={inputClass} />
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
