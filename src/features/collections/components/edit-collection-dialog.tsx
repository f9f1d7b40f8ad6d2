import { useId, useRef, useState } from 'react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { describeError } from '@/lib/globus/describe-error';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { useUpdateCollection } from '@/features/collections/api/update-collection';
import { hasHostFields } from '@/features/collections/lib/collection-kind';
import {
  MAX_NAME,
  formFromEndpoint,
  updateBody,
  validateForm,
  type CollectionForm,
  type FlagField,
  type FormErrors,
  type TextField,
} from '@/features/collections/lib/collection-form';

// Email and links are checked here, with messages beside the field, not by the browser's own validation
// (which would block the form before those messages show): hence inputMode rather than type.
type TextSpec = {
  field: TextField;
  label: string;
  hint?: string;
  multiline?: boolean;
  inputMode?: 'email' | 'url';
  host?: true;
};
const TEXTS: TextSpec[] = [
  { field: 'display_name', label: 'Name' },
  { field: 'description', label: 'Description', multiline: true },
  { field: 'organization', label: 'Organisation' },
  { field: 'department', label: 'Department' },
  { field: 'keywords', label: 'Keywords', hint: 'Comma-separated; search matches them.' },
  { field: 'contact_email', label: 'Contact email', inputMode: 'email' },
  { field: 'contact_info', label: 'Other contact information', multiline: true },
  { field: 'info_link', label: 'Information link', inputMode: 'url' },
  { field: 'default_directory', label: 'Default folder', hint: 'Where the file manager opens, e.g. /~/ or /data/.' },
  { field: 'user_message', label: 'Message to users', multiline: true, host: true },
  { field: 'user_message_link', label: 'Message link', inputMode: 'url', host: true },
];
const FLAGS: { field: FlagField; label: string; host?: true }[] = [
  { field: 'force_encryption', label: 'Always encrypt data transferred to or from this collection' },
  { field: 'disable_verify', label: 'Skip checksum verification of transfers (faster, less safe)' },
  { field: 'public', label: 'Listed in everyone’s searches (public)', host: true },
];

/** Edits the fields Transfer lets a Globus Connect Personal collection's administrator change. */
export function EditCollectionDialog({ collection, onClose }: { collection: Endpoint; onClose: () => void }) {
  const baseId = useId();
  const withHost = hasHostFields(collection);
  const [initial] = useState(() => formFromEndpoint(collection));
  const [form, setForm] = useState<CollectionForm>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const update = useUpdateCollection(collection.id);
  const failure = update.isError ? describeError(update.error) : null;

  const submit = () => {
    if (update.isPending) return;
    const found = validateForm(form, withHost);
    setErrors(found);
    const first = TEXTS.find((t) => found[t.field]);
    if (first) {
      fieldsRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${baseId}-${first.field}`)}`)?.focus();
      return;
    }
    const body = updateBody(initial, form, withHost);
    if (Object.keys(body).length === 0) {
      setUnchanged(true);
      return;
    }
    update.mutate(body, { onSuccess: onClose });
  };

  const id = (f: string) => `${baseId}-${f}`;
  const inputClass =
    'rounded-md border border-slate-300 px-3 py-1.5 text-sm focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30 aria-invalid:border-red-600';
  return (
    <Modal
      title={`Edit ${collection.display_name ?? collection.id}`}
      wide
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </Button>
        </>
      }
    >
      <div ref={fieldsRef} className="flex flex-col gap-3">
        {TEXTS.filter((t) => withHost || !t.host).map((t) => {
          const err = errors[t.field];
          const describedBy = [t.hint ? id(`${t.field}-hint`) : '', err ? id(`${t.field}-error`) : '']
            .filter(Boolean)
            .join(' ');
          const common = {
            id: id(t.field),
            value: form[t.field],
            'aria-invalid': err ? true : undefined,
            'aria-describedby': describedBy || undefined,
            className: inputClass,
          };
          const onChange = (value: string) => {
            setUnchanged(false);
            setForm((f) => ({ ...f, [t.field]: value }));
          };
          return (
            <div key={t.field} className="flex flex-col gap-1">
              <label htmlFor={id(t.field)} className="text-sm font-medium text-slate-800">
                {t.label}
                {t.field === 'display_name' ? <span className="text-slate-500"> (required)</span> : null}
              </label>
              {t.multiline ? (
                <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
              ) : (
                <input
                  {...common}
                  {...(t.field === 'display_name' ? { 'data-autofocus': true, maxLength: MAX_NAME * 2 } : {})}
                  type="text"
                  inputMode={t.inputMode}
                  onChange={(e) => onChange(e.target.value)}
                />
              )}
              {t.hint ? (
                <p id={id(`${t.field}-hint`)} className="text-xs text-slate-600">
                  {t.hint}
                </p>
              ) : null}
              {err ? (
                <p id={id(`${t.field}-error`)} className="text-xs text-red-800">
                  {err}
                </p>
              ) : null}
            </div>
          );
        })}
        {FLAGS.filter((f) => withHost || !f.host).map((f) => (
          <label key={f.field} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              checked={form[f.field]}
              onChange={(e) => {
                setUnchanged(false);
                setForm((prev) => ({ ...prev, [f.field]: e.target.checked }));
              }}
              className="mt-0.5"
            />
            {f.label}
          </label>
        ))}
        <div aria-live="polite" className="text-sm">
          {unchanged ? <p className="text-slate-700">Nothing changed yet: edit a field, or Cancel.</p> : null}
        </div>
        {failure ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
            <strong>Not saved: {failure.title}.</strong> {failure.detail} Your changes are still in the form.
          </p>
        ) : null}
      </div>
    </Modal>
  );
}
