/**
 * A request field as text: strings as sent, numbers and booleans spelled out, and anything else (absent,
 * null, an uploaded file, an object) as `fallback`, never an accidental "[object Object]".
 */
export function fieldText(v: unknown, fallback = ''): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return fallback;
}
