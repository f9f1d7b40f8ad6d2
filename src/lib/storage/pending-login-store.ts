import { createKeyValueStore, type KeyValueStore } from '@/lib/storage/kv-store';

/** What a login redirect must remember until Globus Auth sends the browser back. */
export type PendingLogin = {
  state: string;
  code_verifier: string;
  nonce: string;
  /** App hash route to show after the login, e.g. `#/files?origin_id=…`. */
  returnTo: string;
  scopes: string[];
  appState?: unknown;
  created_at: number;
};

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
  kv: KeyValueStore<PendingLogin> = createKeyValueStore('pending-logins'),
): PendingLoginStore {
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
