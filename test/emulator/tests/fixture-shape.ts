/**
 * Fixture shape comparison shared by the emulator tests: same keys, same value types,
 * same DATA_TYPE values, recursively. Documented leniencies:
 *  - `null` on either side matches any type (fixtures and live documents use null for unset fields);
 *  - array elements are compared against the fixture's first element;
 *  - keys absent from the fixture are errors unless listed in `extras` (or `extras: true`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/globus-api/', import.meta.url));

export interface Fixture {
  method: string;
  path: string;
  query?: Record<string, string>;
  request_body?: unknown;
  status: number;
  response_body: unknown;
}

export function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(DIR + name + (name.endsWith('.json') ? '' : '.json'), 'utf8')) as Fixture;
}

export interface ShapeOptions {
  extras?: string[] | true;
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

export function shapeProblems(actual: unknown, expected: unknown, opts: ShapeOptions = {}, at = '$'): string[] {
  if (expected === null || actual === null) return [];
  const ka = kind(actual);
  const ke = kind(expected);
  if (ka !== ke) return [`${at}: expected ${ke}, got ${ka}`];
  if (ke === 'array') {
    const e = expected as unknown[];
    const a = actual as unknown[];
    if (e.length === 0) return [];
    return a.flatMap((item, i) => shapeProblems(item, e[0], opts, `${at}[${i}]`));
  }
  if (ke !== 'object') return [];
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(e)) {
    if (!(k in a)) out.push(`${at}.${k}: missing`);
    else out.push(...shapeProblems(a[k], e[k], opts, `${at}.${k}`));
  }
  if (opts.extras !== true)
    for (const k of Object.keys(a))
      if (!(k in e) && !(opts.extras ?? []).includes(k)) out.push(`${at}.${k}: not in fixture`);
  if ('DATA_TYPE' in e && e.DATA_TYPE !== a.DATA_TYPE)
    out.push(`${at}.DATA_TYPE: expected ${String(e.DATA_TYPE)}, got ${String(a.DATA_TYPE)}`);
  return out;
}

/** Throws with every mismatch listed when `actual` does not have the fixture's shape. */
export function expectShape(actual: unknown, fixtureName: string, opts: ShapeOptions = {}): void {
  const problems = shapeProblems(actual, fixture(fixtureName).response_body, opts);
  if (problems.length) throw new Error(`shape differs from ${fixtureName}:\n  ${problems.join('\n  ')}`);
}
