// The recorded Globus exchanges every test shares (test/fixtures/globus-api), read as they are.
export interface Envelope<T = unknown> {
  method: string;
  path: string;
  query?: Record<string, string>;
  status: number;
  response_body: T;
}

const DIR = '/test/fixtures/globus-api/';
const all = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.json', { eager: true, import: 'default' });

/** e.g. `fixture('transfer.get_task')`: a copy, so a test that edits a document cannot leak into another. */
export function fixture<T = unknown>(name: string): Envelope<T> {
  const env = all[`${DIR}${name}.json`];
  if (!env) throw new Error(`No fixture ${name}`);
  return structuredClone(env) as Envelope<T>;
}

/** Names of the recorded exchanges (the catalogue's own index files left out). */
export const fixtureNames = () =>
  Object.keys(all)
    .map((k) => k.slice(DIR.length, -'.json'.length))
    .filter((n) => !n.startsWith('_'));
