import * as v from 'valibot';
import { createKeyValueStore, validatedStore, type KeyValueStore } from '@/lib/storage/kv-store';

const pendingLoginSchema = v.object({
  state: v.pipe(v.string(), v.minLength(1)),
  code_verifier: v.pipe(v.string(), v.minLength(1)),
  nonce: v.string(),
  /** App hash route to show after the login, e.g. `#/files?origin_id=…`. */
  returnTo: v.string(),
  scopes: v.array(v.string()),
  appState: v.optional(v.unknown()),
  created_at: v.pipe(v.number(), v.finite()),
});

/** What a login redirect must remember until Globus Auth sends the browser back. */
export type PendingLogin = v.InferOutput<typeof pendingLoginSchema>;

/** Abandoned logins older than this are dropped whenever a new one starts. */
const MAX_AGE_MS = 60 * 60 * 1000;

export interface PendingLoginStore {
  save(pending: PendingLogin): Promise<void>;
  /** Keyed by `state`, so a callback can only find the login it belongs to. */
  get(state: string): Promise<PendingLogin | undefined>;
  delete(state: string): Promise<void>;
  prune(now: number): Promise<void>;
  clear(): Promise<void>;
}

export function createPendingLoginStore(
  raw: KeyValueStore<unknown> = createKeyValueStore('pending-logins'),
): PendingLoginStore {
  const kv = validatedStore(raw, pendingLoginSchema);
  return {
    save: (pending) => kv.set(pending.state, pending),
    get: (state) => kv.get(state),
    delete: (state) => kv.delete(state),
    prune: async (now) => {
      const stale = (await kv.entries()).filter(([, p]) => now - p.created_at > MAX_AGE_MS);
      await Promise.all(stale.map(([key]) => kv.delete(key)));
    },
    clear: () => kv.clear(),
  };
}
