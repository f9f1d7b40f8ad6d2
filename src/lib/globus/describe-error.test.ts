import { describe, expect, it } from 'vitest';
import { describeError } from '@/lib/globus/describe-error';
import { GlobusError, NetworkError, parseGlobusError } from '@/lib/globus/errors';

type Envelope = { status: number; response_body: unknown };
const fixtures = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.error.*.json', {
  eager: true,
  import: 'default',
});
const fromFixture = (name: string) => {
  const env = fixtures[`/test/fixtures/globus-api/${name}.json`]!;
  return parseGlobusError(name.startsWith('auth') ? 'auth' : 'transfer', env.status, env.response_body);
};

describe('describeError', () => {
  it('explains consent and names the collection', () => {
    const d = describeError(fromFixture('transfer.error.consent_required'));
    expect(d.action).toBe('consent');
    expect(d.detail).toContain('00000000-0000-0000-0000-000000000001');
    expect(d.detail).toContain('data_access');
    expect(d.requestId).toBe('m8RfX3cES');
  });

  it('asks for a fresh session on policy errors in plain words, naming the domain when Globus gives it', () => {
    const policy = describeError(fromFixture('transfer.error.auth_policy_failed'));
    expect(policy.action).toBe('session');
    expect(policy.detail).not.toContain('Failing collection authentication policy');
    expect(policy.detail).toMatch(
      /^Its security policy accepts only a recent login with an identity its policy allows/,
    );
    const ha = describeError(fromFixture('transfer.error.dir_listing_login_failed_gare'));
    expect(ha.action).toBe('session');
    expect(ha.detail).toMatch(
      /only a recent login with an identity from globus\.org\. Log in again with that identity/,
    );
    expect(ha.detail).not.toContain('Session reauthentication required');
  });

  it('covers the common cases', () => {
    expect(describeError(fromFixture('transfer.error.stat_not_found')).title).toBe('Not found');
    expect(describeError(fromFixture('transfer.error.endpoint_deleted')).detail).toMatch(/deleted/);
    expect(describeError(fromFixture('transfer.error.endpoint_permission_denied')).title).toBe('Permission denied');
    expect(describeError(fromFixture('transfer.error.gc_disconnected')).title).toBe('The collection is offline');
    expect(describeError(parseGlobusError('transfer', 429, {})).action).toBe('retry');
    expect(describeError(parseGlobusError('transfer', 503, { code: 'ServiceUnavailable' })).title).toBe(
      'Globus is having trouble',
    );
    expect(describeError(new NetworkError()).title).toBe('No connection to Globus');
  });

  it('asks to log in again when login is required', () => {
    const err = fromFixture('transfer.error.authentication_failed');
    err.loginRequired = true;
    expect(describeError(err).action).toBe('login');
  });

  it('falls back to the first line of the service message', () => {
    const err = new GlobusError({
      service: 'transfer',
      status: 400,
      code: 'BadRequest',
      message: 'Bad path\nmore',
      body: {},
    });
    expect(describeError(err)).toEqual({ title: 'The request was refused', detail: 'Bad path', action: 'none' });
  });
});

describe('describeError for collection HTTPS', () => {
  it('offers consent when the HTTPS token is missing', async () => {
    const { CollectionHttpsError } = await import('@/lib/globus/https');
    expect(describeError(new CollectionHttpsError('x', 401, true, ['s'])).action).toBe('consent');
    expect(describeError(new CollectionHttpsError('x', 500, false, [])).action).toBe('retry');
  });
});
