import * as v from 'valibot';
import { createKeyValueStore, validatedStore, type KeyValueStore } from '@/lib/storage/kv-store';

const userRecordSchema = v.object({
  claims: v.looseObject({ sub: v.pipe(v.string(), v.minLength(1)) }),
  /** Every scope requested so far, so a later login (e.g. for consent) keeps earlier grants. */
  scopes: v.array(v.string()),
});

/** The validated id_token claims of the signed-in user plus the scopes the app asked for. */
export type UserRecord = v.InferOutput<typeof userRecordSchema>;

const KEY = 'current';

export interface UserStore {
  get(): Promise<UserRecord | undefined>;
  put(user: UserRecord): Promise<void>;
  clear(): Promise<void>;
}

export function createUserStore(raw: KeyValueStore<unknown> = createKeyValueStore('user')): UserStore {
  const kv = validatedStore(raw, userRecordSchema);
  return {
    get: () => kv.get(KEY),
    put: (user) => kv.set(KEY, user),
    clear: () => kv.clear(),
  };
}
