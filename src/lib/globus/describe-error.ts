import { GlobusError, NetworkError } from '@/lib/globus/errors';
import { CollectionHttpsError } from '@/lib/globus/https';
import { UNEXPECTED_RESPONSE } from '@/lib/globus/response';

export type ErrorAction = 'login' | 'consent' | 'session' | 'retry' | 'none';

export type ErrorDescription = {
  title: string;
  detail: string;
  /** What the UI should offer next. */
  action: ErrorAction;
  requestId?: string;
};

const DATA_ACCESS_RE = /scopes\/([0-9a-fA-F-]{36})\/(?:data_access|https)/g;

/** Collection ids named by the data_access scopes a ConsentRequired error asks for. */
export function consentCollectionIds(err: GlobusError): string[] {
  const ids = new Set<string>();
  for (const scope of err.requiredScopes ?? []) for (const m of scope.matchAll(DATA_ACCESS_RE)) if (m[1]) ids.add(m[1]);
  return [...ids];
}

function describeGlobusError(err: GlobusError): ErrorDescription {
  const base = (title: string, detail: string, action: ErrorAction): ErrorDescription =>
    err.requestId ? { title, detail, action, requestId: err.requestId } : { title, detail, action };

  if (err.isCode(UNEXPECTED_RESPONSE)) {
    // The message already says which route and field, and what to do.
    return base('Unexpected answer from Globus', err.message, 'retry');
  }
  if (err.loginRequired) {
    return base(
      'Please log in again',
      'Your Globus login has expired or was revoked. Log in again to continue.',
      'login',
    );
  }
  if (err.isCode('ConsentRequired')) {
    const ids = consentCollectionIds(err);
    const which = ids.length ? ` (${ids.join(', ')})` : '';
    return base(
      'Permission needed for this collection',
      `This collection${which} needs your consent before this app can access its data. ` +
        'Continue to Globus to grant it; you will come back to the same place.' +
        (err.requiredScopes?.length ? ` Scope requested: ${err.requiredScopes.join(' ')}` : ''),
      'consent',
    );
  }
  if (
    err.authorizationParameters ||
    err.isCode('AuthPolicyFailed') ||
    err.isCode('ExternalError.DirListingFailed.LoginFailed')
  ) {
    // The server's session_message ("Failing collection authentication policy") is jargon: say what to do.
    const p = err.authorizationParameters;
    const domains = p?.session_required_single_domain ?? [];
    const who = domains.length
      ? `an identity from ${domains.join(' or ')}`
      : p?.session_required_identities?.length
        ? 'the particular identity it names (ask its administrator which one if unsure)'
        : 'an identity its policy allows, usually your account at the organisation that runs it';
    const mfa = p?.session_required_mfa ? ' Use multi-factor authentication when asked.' : '';
    return base(
      'This collection needs a fresh login',
      `Its security policy accepts only a recent login with ${who}. Log in again with ${domains.length ? 'that identity' : 'it'}; you will come back to this same place.${mfa}`,
      'session',
    );
  }
  if (err.isCode('ClientError.ActivationRequired')) {
    return base(
      'This endpoint needs activation',
      'This legacy (GCSv4) endpoint needs your credentials before its files can be used. The app tries to ' +
        'activate it automatically; when that is not possible, activate it on the Globus web app and come back.',
      'none',
    );
  }
  if (
    err.isCode('ExternalError.DirListingFailed.GCDisconnected') ||
    err.isCode('ExternalError.DirListingFailed.GCPaused')
  ) {
    return base(
      'The collection is offline',
      'This Globus Connect Personal collection is not connected (or is paused). Ask its owner to start Globus Connect Personal, then try again.',
      'retry',
    );
  }
  if (err.status === 404 || err.isCode('ClientError.NotFound') || err.isCode('NotFound')) {
    const what = err.isCode('EndpointDeleted')
      ? 'This collection has been deleted.'
      : err.isCode('EndpointNotFound')
        ? 'No collection with this id exists.'
        : err.isCode('BookmarkNotFound')
          ? 'This bookmark no longer exists.'
          : 'The file, folder or item was not found. It may have been moved or deleted.';
    return base('Not found', what, 'none');
  }
  if (
    err.status === 403 ||
    err.isCode('PermissionDenied') ||
    err.isCode('EndpointPermissionDenied') ||
    err.code.includes('PermissionDenied')
  ) {
    return base(
      'Permission denied',
      'You do not have permission for this on the collection. Ask the collection’s administrator for access.',
      'none',
    );
  }
  if (err.status === 429) {
    return base(
      'Too many requests',
      'Globus is limiting how fast this app may send requests. Wait a moment and try again.',
      'retry',
    );
  }
  if (err.isCode('ExternalError') || err.isCode('EndpointError')) {
    return base('The collection reported an error', firstLine(err.message), 'retry');
  }
  if (err.status >= 500) {
    return base(
      'Globus is having trouble',
      'The Globus service did not answer normally (it may be under maintenance). Try again in a few minutes.',
      'retry',
    );
  }
  return base('The request was refused', firstLine(err.message), 'none');
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]?.trim();
  return line || text;
}

/** User-facing text for any error the app can meet: what happened and what to do next. */
export function describeError(err: unknown): ErrorDescription {
  if (err instanceof GlobusError) return describeGlobusError(err);
  if (err instanceof CollectionHttpsError) {
    return err.needsConsent
      ? {
          title: 'Permission needed for file access',
          detail:
            'Downloading or uploading through this collection’s HTTPS server needs your consent. Continue to Globus to grant it.',
          action: 'consent',
        }
      : { title: 'The collection’s HTTPS server refused the request', detail: err.message, action: 'retry' };
  }
  if (err instanceof NetworkError || (typeof navigator !== 'undefined' && navigator.onLine === false)) {
    return {
      title: 'No connection to Globus',
      detail: 'The network request failed. Check your internet connection, then try again.',
      action: 'retry',
    };
  }
  if (err instanceof DOMException && err.name === 'AbortError') {
    return { title: 'Cancelled', detail: 'The request was cancelled.', action: 'none' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { title: 'Something went wrong', detail: message, action: 'retry' };
}
