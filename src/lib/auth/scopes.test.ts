import { describe, expect, it } from 'vitest';
import {
  TRANSFER_SCOPE,
  baseScopes,
  dataAccessScope,
  httpsScope,
  mergeScopes,
  splitScopes,
  transferScopeWithDataAccess,
} from '@/lib/auth/scopes';

const C1 = '00000000-0000-0000-0000-000000000001';
const C2 = '00000000-0000-0000-0000-000000000002';

describe('scopes', () => {
  it('builds collection scopes', () => {
    expect(dataAccessScope(C1)).toBe(`https://auth.globus.org/scopes/${C1}/data_access`);
    expect(httpsScope(C1)).toBe(`https://auth.globus.org/scopes/${C1}/https`);
  });

  it('builds the Transfer scope with optional data_access dependencies', () => {
    expect(transferScopeWithDataAccess([C1, C2, C1])).toBe(
      `urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/${C1}/data_access *https://auth.globus.org/scopes/${C2}/data_access]`,
    );
    expect(transferScopeWithDataAccess([])).toBe(TRANSFER_SCOPE);
  });

  it('asks for offline_access only when refresh tokens are wanted', () => {
    expect(baseScopes(true)).toContain('offline_access');
    expect(baseScopes(false)).not.toContain('offline_access');
    expect(baseScopes(false)).toEqual(expect.arrayContaining(['openid', 'profile', 'email', TRANSFER_SCOPE]));
  });

  it('splits at top level only', () => {
    expect(splitScopes(`openid  ${transferScopeWithDataAccess([C1, C2])}`)).toEqual([
      'openid',
      transferScopeWithDataAccess([C1, C2]),
    ]);
  });

  it('merges dependencies of the same root', () => {
    expect(
      mergeScopes([
        'openid',
        TRANSFER_SCOPE,
        transferScopeWithDataAccess([C1]),
        transferScopeWithDataAccess([C2]),
        'openid',
      ]),
    ).toEqual(['openid', transferScopeWithDataAccess([C1, C2])]);
  });
});
