import { describe, expect, it } from 'vitest';
import { runtimePolicy } from '@/lib/csp/runtime-policy';
import { testConfig } from '@/lib/auth/auth-test-kit';

describe('runtimePolicy', () => {
  it('names the Globus hosts, the collection domains and the portals, and no loopback', () => {
    const policy = runtimePolicy(testConfig({ helperPortalOrigins: ['https://portal.example.org'] }));
    expect(policy).toBe(
      "connect-src 'self' https://auth.globus.org https://transfer.api.globus.org https://groups.api.globus.org https://*.data.globus.org; " +
        "form-action 'self' https://auth.globus.org https://app.globus.org https://portal.example.org",
    );
  });

  it('allows loopback only when the configuration points there', () => {
    const base = 'http://127.0.0.1:8787';
    const policy = runtimePolicy(
      testConfig({
        authBaseUrl: base,
        transferBaseUrl: `${base}/v0.10/`,
        groupsBaseUrl: `${base}/v2/`,
        webAppBaseUrl: base,
      }),
    );
    expect(policy).toBe(
      "connect-src 'self' http://127.0.0.1:8787 https://*.data.globus.org; form-action 'self' http://127.0.0.1:8787",
    );
  });
});
