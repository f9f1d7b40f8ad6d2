import { createKeyValueStore, type KeyValueStore } from '@/lib/storage/kv-store';

/** The validated id_token claims of the signed-in user plus the scopes the app asked for. */
export type UserRecord = {
  claims: Record<string, unknown> & { sub: string };
  /** Every scope requested so far, so a later login (e.g. for consent) keeps earlier grants. */
  scopes: string[];
};

const KEY = 'current';

export interface UserStore {
  get(): Promise<UserRecord | undefined>;
  put(user: UserRecord): Promise<void>;
  clear(): Promise<void>;
}

export function createUserStore(kv: KeyValueStore<UserRecord> = createKeyValueStore('user')): UserStore {
  return {
    get: () => kv.get(KEY),
    put: (user) => kv.set(KEY, user),
    clear: () => kv.clear(),
  };
}
