/**
 * A page load whose real query (`index.html?…`) is not a login callback: a portal's plain
 * `?action=…` for this app as a helper page, or a helper page's GET answer, which a form submission
 * puts before the fragment (`?endpoint_id=…#/chosen`). The app's routes live in the hash, so the query
 * moves there: the router sees one place, and the address bar keeps no stray query.
 */
import { ROUTE_PATTERNS } from '@/lib/routes/paths';

const OAUTH_CALLBACK = ['code', 'state', 'error'];

/** The hash to show instead, or null when the load needs no rewriting. */
export function hashForRealQuery(search: string, hash: string): string | null {
  const real = new URLSearchParams(search);
  if ([...real.keys()].length === 0) return null;
  if (OAUTH_CALLBACK.some((k) => real.has(k))) return null;
  let route: string;
  let own = new URLSearchParams();
  if (hash.startsWith('#/')) {
    const q = hash.indexOf('?');
    route = q < 0 ? hash.slice(1) : hash.slice(1, q);
    if (q >= 0) own = new URLSearchParams(hash.slice(q + 1));
  } else if (real.has('endpoint_id')) route = `/${ROUTE_PATTERNS.chosen}`;
  else if (real.has('action')) route = `/${ROUTE_PATTERNS.browse}`;
  else return null;
  // What the hash carried first, then what arrived in the query; a key in both keeps the query's value.
  for (const k of new Set(real.keys())) own.delete(k);
  for (const [k, v] of real) own.append(k, v);
  const query = own.toString();
  return `#${route}${query ? `?${query}` : ''}`;
}
