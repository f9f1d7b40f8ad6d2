import { describe, expect, it } from 'vitest';
import { GlobusError, parseGlobusError, type Service } from '@/lib/globus/errors';

type Envelope = { host?: string; path: string; status: number; response_body: Record<string, unknown> };

// The project's copy of the recorded error exchanges (test/fixtures/globus-api/*.error.*.json).
const fixtures = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.error.*.json', {
  eager: true,
  import: 'default',
});

function serviceOf(file: string): Service {
  const name = file.split('/').pop() ?? '';
  return name.split('.')[0] as Service;
}

describe('parseGlobusError over every error fixture', () => {
  const entries = Object.entries(fixtures);

  it('finds the fixtures', () => {
    expect(entries.length).toBeGreaterThanOrEqual(18);
  });

  it.each(entries)('%s', (file, envelope) => {
    const body = envelope.response_body;
    const err = parseGlobusError(serviceOf(file), envelope.status, body);
    expect(err).toBeInstanceOf(GlobusError);
    expect(err.status).toBe(envelope.status);
    expect(err.service).toBe(serviceOf(file));

    const errors = body.errors as { code: string; id: string; detail: string }[] | undefined;
    const expectedCode = (body.code as string | undefined) ?? errors?.[0]?.code ?? (body.error as string);
    expect(err.code).toBe(expectedCode);
    expect(err.isCode(expectedCode)).toBe(true);

    const expectedRequestId = (body.request_id as string | undefined) ?? errors?.[0]?.id;
    expect(err.requestId).toBe(expectedRequestId);
    expect(err.message.length).toBeGreaterThan(0);
    expect(err.body).toBe(body);

    const params = body.authorization_parameters as Record<string, unknown> | undefined;
    if (params) {
      expect(err.authorizationParameters).toBeDefined();
      expect(err.authorizationParameters?.session_message).toBe(params.session_message);
      for (const key of ['session_required_policies', 'session_required_single_domain', 'required_scopes'] as const) {
        if (params[key] !== undefined) expect(Array.isArray(err.authorizationParameters?.[key])).toBe(true);
      }
    } else {
      expect(err.authorizationParameters).toBeUndefined();
    }
    const legacyScopes = body.required_scopes as string[] | undefined;
    if (legacyScopes) expect(err.requiredScopes).toEqual(legacyScopes);
    expect(err.loginRequired).toBe(false);
  });
});

describe('specific error documents', () => {
  const load = (name: string) => {
    const env = fixtures[`/test/fixtures/globus-api/${name}.json`];
    if (!env) throw new Error(`missing fixture ${name}`);
    return parseGlobusError(serviceOf(name), env.status, env.response_body);
  };

  it('ConsentRequired carries the data_access scope', () => {
    const err = load('transfer.error.consent_required');
    expect(err.code).toBe('ConsentRequired');
    expect(err.requiredScopes).toEqual([
      'urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/00000000-0000-0000-0000-000000000001/data_access]',
    ]);
    expect(err.needsReauthorization).toBe(true);
  });

  it('splits a comma-string policy list', () => {
    const err = load('transfer.error.auth_policy_failed');
    expect(err.authorizationParameters?.session_required_policies).toEqual(['00000000-0000-0000-0000-0000000000aa']);
    expect(err.resource).toBe('/operation/endpoint/00000000-0000-0000-0000-000000000001/ls');
  });

  it('reads the HA LoginFailed GARE', () => {
    const err = load('transfer.error.dir_listing_login_failed_gare');
    expect(err.isCode('ExternalError')).toBe(true);
    expect(err.isCode('ExternalError.DirListingFailed')).toBe(true);
    expect(err.isCode('ExternalError.DirListing')).toBe(false);
    expect(err.authorizationParameters).toEqual({
      session_message: 'Session reauthentication required (Globus Transfer)',
      session_required_identities: [],
      session_required_mfa: false,
      session_required_single_domain: ['globus.org'],
    });
  });

  it('matches dotted prefixes only', () => {
    const err = load('transfer.error.gc_disconnected');
    expect(err.isCode('ExternalError')).toBe(true);
    expect(err.isCode('ExternalError.DirListingFailed.GCDisconnected')).toBe(true);
    expect(err.isCode('External')).toBe(false);
  });

  it('reads Auth errors[] and OAuth error documents', () => {
    const unauthorized = load('auth.error.unauthorized');
    expect(unauthorized.code).toBe('UNAUTHORIZED');
    expect(unauthorized.message).toBe('Call must be authenticated');
    expect(load('auth.error.invalid_grant').code).toBe('invalid_grant');
  });

  it('reads Groups {code, detail} and legacy required_scope', () => {
    const err = parseGlobusError('groups', 403, { code: 'FORBIDDEN', detail: 'nope', required_scope: 'urn:x' });
    expect(err.message).toBe('nope');
    expect(err.requiredScopes).toEqual(['urn:x']);
  });

  it('falls back for non-JSON bodies', () => {
    const err = parseGlobusError('transfer', 503, '<html>down</html>');
    expect(err.code).toBe('ServiceUnavailable');
    expect(err.status).toBe(503);
  });
});
