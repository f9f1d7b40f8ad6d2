import type { Endpoint, EndpointUpdate } from '@/lib/globus/transfer-types';

// The edit form's fields, their checks and the PUT body they turn into. Text fields are kept as typed; the
// body carries only what changed, an emptied optional field as null (Transfer clears it).

export const TEXT_FIELDS = [
  'display_name',
  'description',
  'organization',
  'department',
  'keywords',
  'contact_email',
  'contact_info',
  'info_link',
  'default_directory',
  'user_message',
  'user_message_link',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const FLAG_FIELDS = ['force_encryption', 'disable_verify', 'public'] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

export type CollectionForm = Record<TextField, string> & Record<FlagField, boolean>;
export type FormErrors = Partial<Record<TextField, string>>;

/** Only a Globus Connect Personal mapped collection has these (a guest inherits them from its host). */
export const HOST_ONLY: readonly (TextField | FlagField)[] = ['public', 'user_message', 'user_message_link'];

export const MAX_NAME = 128;

export function formFromEndpoint(c: Endpoint): CollectionForm {
  const form = {} as CollectionForm;
  for (const f of TEXT_FIELDS) form[f] = c[f] ?? '';
  for (const f of FLAG_FIELDS) form[f] = c[f] ?? false;
  return form;
}

const isHttpUrl = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

export function validateForm(form: CollectionForm, withHostFields: boolean): FormErrors {
  const errors: FormErrors = {};
  const name = form.display_name.trim();
  if (!name) errors.display_name = 'Give the collection a name.';
  else if (name.length > MAX_NAME) errors.display_name = `Keep the name within ${MAX_NAME} characters.`;
  const email = form.contact_email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.contact_email = 'Enter an email address like someone@example.org.';
  if (form.info_link.trim() && !isHttpUrl(form.info_link.trim()))
    errors.info_link = 'Enter a web address starting with https://.';
  const dir = form.default_directory.trim();
  if (dir && !dir.startsWith('/') && !dir.startsWith('~'))
    errors.default_directory = 'Enter a path starting with / (or ~ for the home folder).';
  if (withHostFields && form.user_message_link.trim() && !isHttpUrl(form.user_message_link.trim()))
    errors.user_message_link = 'Enter a web address starting with https://.';
  return errors;
}

/** The PUT body: the fields that differ from the document, trimmed, emptied optional ones as null. */
export function updateBody(before: CollectionForm, after: CollectionForm, withHostFields: boolean): EndpointUpdate {
  const body: Record<string, string | boolean | null> = {};
  const allowed = (f: TextField | FlagField) => withHostFields || !HOST_ONLY.includes(f);
  for (const f of TEXT_FIELDS) {
    const value = after[f].trim();
    if (!allowed(f) || value === before[f].trim()) continue;
    body[f] = value === '' && f !== 'display_name' ? null : value;
  }
  for (const f of FLAG_FIELDS) if (allowed(f) && after[f] !== before[f]) body[f] = after[f];
  return body;
}
