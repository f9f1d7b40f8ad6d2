import type { Identity } from '@/lib/globus/auth-api';
import type { AccessRuleCreate, PrincipalType } from '@/lib/globus/sharing';
import { expiryFromDay } from '@/features/sharing/lib/expiry';
import { normaliseRulePath } from '@/features/sharing/lib/rule-path';

/** The add-permission form as typed; it survives failed requests untouched. */
export type RuleForm = {
  audience: PrincipalType;
  identity: Identity | null;
  groupId: string;
  path: string;
  permissions: 'r' | 'rw';
  expiryDay: string;
  notifyEmail: string;
  message: string;
};

export type RuleFormErrors = Partial<Record<'who' | 'path' | 'expiry' | 'notifyEmail' | 'message', string>>;

export const newRuleForm = (path = '/'): RuleForm => ({
  audience: 'identity',
  identity: null,
  groupId: '',
  path,
  permissions: 'r',
  expiryDay: '',
  notifyEmail: '',
  message: '',
});

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The request body for `POST endpoint/{id}/access`, or what to fix field by field. */
export function buildRule(
  form: RuleForm,
  now: Date = new Date(),
): { ok: true; body: AccessRuleCreate } | { ok: false; errors: RuleFormErrors } {
  const errors: RuleFormErrors = {};
  let principal = '';
  if (form.audience === 'identity') {
    if (form.identity) principal = form.identity.id;
    else errors.who = 'Look up the person and confirm their identity first.';
  } else if (form.audience === 'group') {
    if (form.groupId) principal = form.groupId;
    else errors.who = 'Choose one of your groups.';
  }
  const path = normaliseRulePath(form.path);
  if (!path.ok) errors.path = path.message;
  const expiry = expiryFromDay(form.expiryDay, now);
  if (!expiry.ok) errors.expiry = expiry.message;
  const email = form.notifyEmail.trim();
  if (email && !EMAIL_RE.test(email)) errors.notifyEmail = 'This is not an email address.';
  if (form.message.trim() && !email)
    errors.message = 'Globus sends the message by email: add the address to notify, or clear the message.';
  if (Object.keys(errors).length || !path.ok || !expiry.ok) return { ok: false, errors };
  return {
    ok: true,
    body: {
      principal_type: form.audience,
      principal,
      path: path.path,
      permissions: form.permissions,
      ...(expiry.iso ? { expiration_date: expiry.iso } : {}),
      ...(email ? { notify_email: email } : {}),
      ...(email && form.message.trim() ? { notify_message: form.message.trim() } : {}),
    },
  };
}
