// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { harness, REDIRECT } from './harness';
import { DEV_CLIENT_ID, IDENTITIES } from '../seed/ids';

const TRANSFER = 'urn:globus:auth:scope:transfer.api.globus.org:all';
const SCOPE = `openid profile email ${TRANSFER} offline_access`;
const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

describe('POST /__emulator/tokens/issue', () => {
  it('answers as a finished login: the code exchange’s tokens, and a session whose consents skip both pages', async () => {
    const h = harness();
    const res = await h.json(
      '/__emulator/tokens/issue',
      undefined,
      post({ identity: 'alice@example.org', clientId: DEV_CLIENT_ID, scope: SCOPE }),
    );
    expect(res.status).toBe(200);
    const { tokens, sessionCookie } = res.body;
    // The token endpoint's shape: Auth's token on top with the id_token, the others beside it.
    expect(tokens.resource_server).toBe('auth.globus.org');
    expect(tokens.token_type).toBe('Bearer');
    const claims = JSON.parse(Buffer.from(String(tokens.id_token).split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({
      sub: IDENTITIES.alice.id,
      aud: DEV_CLIENT_ID,
      preferred_username: 'alice@example.org',
    });
    const transfer = tokens.other_tokens.find((t: any) => t.resource_server === 'transfer.api.globus.org');
    expect(transfer).toMatchObject({ scope: TRANSFER, token_type: 'Bearer', refresh_token: expect.any(String) });
    expect((await h.json('/v0.10/endpoint_search?filter_fulltext=tutorial', transfer.access_token)).status).toBe(200);
    const refreshed = await h.form('/v2/oauth2/token', {
      grant_type: 'refresh_token',
      refresh_token: transfer.refresh_token,
      client_id: DEV_CLIENT_ID,
    });
    expect(refreshed.status).toBe(200);

    // The browser holding the session cookie goes straight back to the app with a code.
    const verifier = 'v'.repeat(43);
    const q = new URLSearchParams({
      client_id: DEV_CLIENT_ID,
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: SCOPE,
      state: 'st4te',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const back = await h.request(`/v2/oauth2/authorize?${q}`, {
      headers: { cookie: `${sessionCookie.name}=${sessionCookie.value}` },
    });
    expect(back.status).toBe(302);
    expect(new URL(back.headers.get('location')!).searchParams.get('code')).toMatch(/\S/);
  });

  it('refuses an unknown identity, an unregistered client and an unknown scope', async () => {
    const h = harness();
    const issue = (body: unknown) => h.json('/__emulator/tokens/issue', undefined, post(body));
    expect((await issue({ identity: 'nobody@example.org', clientId: DEV_CLIENT_ID, scope: SCOPE })).status).toBe(404);
    expect((await issue({ identity: 'alice@example.org', clientId: 'not-registered', scope: SCOPE })).status).toBe(400);
    const unknown = await issue({ identity: 'alice@example.org', clientId: DEV_CLIENT_ID, scope: 'urn:made:up' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('urn:made:up');
    expect(h.emu.auth.tokens.all()).toEqual([]);
  });
});
