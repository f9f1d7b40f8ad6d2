import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';

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
export function createKeyValueStore<T = unknown>(name: string): KeyValueStore<T> {
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

/**
 * The records of `kv` that fit `schema`. IndexedDB outlives app versions and can be edited by hand or
 * half-written, so what comes back is checked like any other input: a record that does not fit is
 * deleted and reads as absent (for the token store: logged out, with the normal sign-in screen).
 */
export function validatedStore<T>(
  kv: KeyValueStore<unknown>,
  schema: v.GenericSchema<T>,
  onDropped: (key: string) => void = () => {},
): KeyValueStore<T> {
  const fits = (value: unknown): value is T => v.is(schema, value);
  const drop = async (key: string) => {
    onDropped(key);
    await kv.delete(key);
  };
  return {
    get: async (key) => {
      const value = await kv.get(key);
      if (value === undefined || fits(value)) return value;
      await drop(key);
      return undefined;
    },
    set: (key, value) => kv.set(key, value),
    delete: (key) => kv.delete(key),
    entries: async () => {
      const all = await kv.entries();
      const bad = all.filter(([, value]) => !fits(value));
      await Promise.all(bad.map(([key]) => drop(key)));
      return all.filter((entry): entry is [string, T] => fits(entry[1]));
    },
    clear: () => kv.clear(),
  };
}
