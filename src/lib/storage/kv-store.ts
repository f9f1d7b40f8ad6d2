import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

/** A typed key/value store on IndexedDB (the only persistence this app uses). */
export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  entries(): Promise<[string, T][]>;
  clear(): Promise<void>;
}

/** Prefix of every IndexedDB database this app creates. */
export const DB_PREFIX = 'globus-client';

/**
 * idb-keyval opens a database with exactly one object store and never upgrades it, so each
 * named store gets its own database (`globus-client-<name>`) rather than sharing one.
 */
export function createKeyValueStore<T>(name: string): KeyValueStore<T> {
  let store: UseStore | undefined;
  // Opened lazily: importing a module must not touch IndexedDB.
  const opened = (): UseStore => (store ??= createStore(`${DB_PREFIX}-${name}`, name));
  return {
    get: (key) => get<T>(key, opened()),
    set: (key, value) => set(key, value, opened()),
    delete: (key) => del(key, opened()),
    entries: () => entries<string, T>(opened()),
    clear: () => clear(opened()),
  };
}
