import type { AuthorizationParameters } from '@/lib/globus/errors';

/**
 * Turns a service's authorization requirements into authorize-URL parameters
 * (docs/protocol/consent-and-sessions.md#re-authorizing):
 * each key copied, lists comma-joined, booleans as true/false, `required_scopes` left to the caller
 * (it is folded into `scope`). A pure consent request (only required_scopes and a message) needs no
 * fresh authentication; any session requirement forces one with `prompt=login`.
 */
export function authorizationRequestParameters(params: AuthorizationParameters | undefined): Record<string, string> {
  if (!params) return {};
  const out: Record<string, string> = {};
  if (params.session_message) out.session_message = params.session_message;
  for (const key of [
    'session_required_identities',
    'session_required_single_domain',
    'session_required_policies',
  ] as const) {
    const list = params[key];
    if (list && list.length > 0) out[key] = list.join(',');
  }
  if (params.session_required_mfa !== undefined) out.session_required_mfa = String(params.session_required_mfa);

  const consentOnly =
    (params.required_scopes?.length ?? 0) > 0 && Object.keys(out).every((k) => k === 'session_message');
  if (params.prompt) out.prompt = params.prompt;
  else if (!consentOnly) out.prompt = 'login';
  return out;
}
