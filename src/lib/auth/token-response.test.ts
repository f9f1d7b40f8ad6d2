import { describe, expect, it } from 'vitest';
import { tokensOf } from '@/lib/auth/token-response';
import { UnexpectedResponseError } from '@/lib/globus/response';

type Envelope = { response_body: unknown };
const all = import.meta.glob<Envelope>('/test/fixtures/globus-api/auth.token_response*.json', {
  eager: true,
  import: 'default',
});
const body = (name: string) => structuredClone(all[`/test/fixtures/globus-api/${name}.json`]!.response_body);

describe('token responses', () => {
  it.each([
    'auth.token_response',
    'auth.token_response.openid',
    'auth.token_response.full',
    'auth.token_response.client_credentials',
  ])('reads every token of %s, top level first', (name) => {
    const doc = body(name) as { resource_server: string; other_tokens: { resource_server: string }[] };
    const tokens = tokensOf(doc);
    expect(tokens.map((t) => t.resource_server)).toEqual([
      doc.resource_server,
      ...doc.other_tokens.map((t) => t.resource_server),
    ]);
    expect(tokens.every((t) => !('other_tokens' in t))).toBe(true);
  });

  it('a drifted entry in other_tokens fails naming the field', () => {
    const doc = body('auth.token_response.full') as { other_tokens: Record<string, unknown>[] };
    delete doc.other_tokens[0]!.access_token;
    expect(() => tokensOf(doc)).toThrow(UnexpectedResponseError);
    expect(() => tokensOf(doc)).toThrow('(v2/oauth2/token: other_tokens[0].access_token missing)');
  });
});
