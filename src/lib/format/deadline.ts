// Deadlines follow one rule everywhere: shown and typed in the browser's own time zone, with the zone named, and
// sent to Transfer as a UTC instant. `<input type="datetime-local">` holds a zone-less wall time
// ("2030-02-01T08:30"); these helpers turn it into an instant and back in a given zone (the browser's by default).
import { dateTimeFormat, formatLocale, NO_VALUE } from '@/lib/format/locale';
import type { TimeFormatOptions, TimeInput } from '@/lib/format/dates';
import { parseTransferTime } from '@/lib/format/dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toDate(value: TimeInput): Date | null {
  if (value == null || value === '') return null;
  const date = typeof value === 'string' ? parseTransferTime(value) : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** The wall-clock fields of `date` in `timeZone` (the browser's when undefined). */
function wallClock(date: Date, timeZone?: string) {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour') % 24, mi: get('minute'), s: get('second') };
}

/** The zone's offset from UTC at `date`, in milliseconds. */
function offsetAt(date: Date, timeZone?: string): number {
  const w = wallClock(date, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(date.getTime() / 1000) * 1000;
}

/** The browser's zone as IANA names it ("America/New_York"). */
export function localTimeZone(): string {
  return dateTimeFormat(undefined, {}).resolvedOptions().timeZone;
}

/** The value a `datetime-local` input shows for an instant: its wall time in the zone, to the minute; '' if none. */
export function toDateTimeLocal(value: TimeInput, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return '';
  const w = wallClock(date, timeZone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** The instant a `datetime-local` value means in the zone; null when empty or not a date. */
export function fromDateTimeLocal(value: string, timeZone?: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The offset depends on the instant; a second pass settles it when a DST change lies in between.
  let instant = asUtc - offsetAt(new Date(asUtc), timeZone);
  instant = asUtc - offsetAt(new Date(instant), timeZone);
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Transfer's own timestamp spelling, in UTC: "2030-02-01 13:30:00+00:00" (docs/protocol/tasks.md#deadlines). */
export function toTransferTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
}

/** A `datetime-local` value as the deadline Transfer wants; undefined when empty or invalid. */
export function deadlineFromInput(value: string, timeZone?: string): string | undefined {
  const date = fromDateTimeLocal(value, timeZone);
  return date ? toTransferTime(date) : undefined;
}

/** The zone named for people: "EST, America/New_York", or just "UTC". `at` picks summer or winter time. */
export function timeZoneLabel(at: TimeInput = Date.now(), opts: TimeFormatOptions = {}): string {
  const zone = opts.timeZone ?? localTimeZone();
  const date = toDate(at) ?? new Date();
  const short =
    dateTimeFormat(formatLocale(opts.locale), { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  return short === zone || zone === 'UTC' || zone === 'Etc/UTC' ? short : `${short}, ${zone}`;
}

/** A deadline shown with its zone: "Feb 1, 2030, 8:30 AM EST" (en-US). */
export function formatDeadline(value: TimeInput, opts: TimeFormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return NO_VALUE;
  return dateTimeFormat(formatLocale(opts.locale), {
    timeZone: opts.timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}
