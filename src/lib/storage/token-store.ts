import * as v from 'valibot';
import { createKeyValueStore, validatedStore, type KeyValueStore } from '@/lib/storage/kv-store';

const tokenRecordSchema = v.object({
  resource_server: v.pipe(v.string(), v.minLength(1)),
  access_token: v.pipe(v.string(), v.minLength(1)),
  refresh_token: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** Epoch milliseconds. */
  expires_at: v.pipe(v.number(), v.finite()),
  scope: v.string(),
  token_type: v.string(),
});

/** One access token (plus optional refresh token) for one Globus resource server. */
export type TokenRecord = v.InferOutput<typeof tokenRecordSchema>;

/** The fields of a Globus token response (top level or an `other_tokens` entry) that we keep. */
export type TokenResponseLike = {
  access_token: string;
  resource_server?: string | undefined;
  refresh_token?: string | null | undefined;
  expires_in?: number | undefined;
  scope?: string | undefined;
  token_type?: string | undefined;
};

/** Globus access tokens last 48 h; assume that when a response omits expires_in. */
const DEFAULT_LIFETIME_S = 172_800;

export function toTokenRecord(token: TokenResponseLike, now: number, fallbackResourceServer?: string): TokenRecord {
  const rs = token.resource_server ?? fallbackResourceServer;
  if (!rs) throw new Error('Token response without resource_server');
  const record: TokenRecord = {
    resource_server: rs,
    access_token: token.access_token,
    expires_at: now + (token.expires_in ?? DEFAULT_LIFETIME_S) * 1000,
    scope: token.scope ?? '',
    token_type: token.token_type ?? 'Bearer',
  };
  if (token.refresh_token) record.refresh_token = token.refresh_token;
  return record;
}

/** True when the token is expired or will be within `marginMs`. */
export function isExpiring(record: TokenRecord, now: number, marginMs = 0): boolean {
  return record.expires_at - marginMs <= now;
}

export interface TokenStore {
  get(resourceServer: string): Promise<TokenRecord | undefined>;
  put(record: TokenRecord): Promise<void>;
  all(): Promise<TokenRecord[]>;
  delete(resourceServer: string): Promise<void>;
  clear(): Promise<void>;
  /** True once a stored record was found damaged (and dropped) in this page's life. */
  damaged(): boolean;
}

export function createTokenStore(raw: KeyValueStore<unknown> = createKeyValueStore('tokens')): TokenStore {
  let damaged = false;
  const kv = validatedStore(raw, tokenRecordSchema, () => (damaged = true));
  return {
    damaged: () => damaged,
    get: (rs) => kv.get(rs),
    put: (record) => kv.set(record.resource_server, record),
    all: async () => (await kv.entries()).map(([, record]) => record),
    delete: (rs) => kv.delete(rs),
    clear: () => kv.clear(),
  };
}
