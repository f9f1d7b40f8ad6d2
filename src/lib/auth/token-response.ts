import * as v from 'valibot';
import { parseResponse } from '@/lib/globus/response';

// Globus token responses (docs/protocol/auth.md#tokens): one token per resource server, the first at
// the top level and the rest in `other_tokens`. oauth4webapi checks the top-level OAuth fields; the
// Globus additions it does not know (`resource_server`, `other_tokens`) are checked here.

const tokenSchema = v.looseObject({
  access_token: v.string(),
  /** Absent only from some refresh answers, which are for the resource server that was refreshed. */
  resource_server: v.optional(v.string()),
  refresh_token: v.nullish(v.string()),
  expires_in: v.optional(v.number()),
  scope: v.optional(v.string()),
  token_type: v.optional(v.string()),
});

const tokenResponseSchema = v.looseObject({
  ...tokenSchema.entries,
  other_tokens: v.optional(v.array(tokenSchema)),
});

export type TokenResponse = v.InferOutput<typeof tokenSchema>;

/** Every token in a token response, top level first; an UnexpectedResponseError if one does not fit. */
export function tokensOf(response: unknown): TokenResponse[] {
  const doc = parseResponse(tokenResponseSchema, response, { service: 'auth', status: 200, route: 'v2/oauth2/token' });
  const { other_tokens: others = [], ...top } = doc;
  return [top, ...others];
}
