/**
 * Expiry as people pick it (a calendar day, from an `<input type="date">`) and as Transfer takes it (an ISO
 * timestamp). Access ends at the end of the chosen day, in the user's time zone.
 */
export type Expiry = { ok: true; iso: string | null } | { ok: false; message: string };

export function expiryFromDay(day: string, now: Date = new Date()): Expiry {
  if (day === '') return { ok: true, iso: null };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return { ok: false, message: 'Enter the date as year-month-day.' };
  const end = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59);
  if (Number.isNaN(end.getTime()) || end.getDate() !== Number(m[3]))
    return { ok: false, message: 'That date does not exist.' };
  if (end.getTime() <= now.getTime())
    return { ok: false, message: 'The expiry date is in the past. Pick a later day, or leave it empty.' };
  return { ok: true, iso: end.toISOString() };
}

/** The calendar day (local) of a Transfer timestamp, for the date field; '' when there is none. */
export function dayOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.replace(' ', 'T'));
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isExpired(iso: string | null | undefined, now: Date = new Date()): boolean {
  if (!iso) return false;
  const t = new Date(iso.replace(' ', 'T')).getTime();
  return !Number.isNaN(t) && t <= now.getTime();
}
