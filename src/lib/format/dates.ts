// Dates and times in the user's locale and time zone (both injectable, for tests and for showing a
// collection's own zone), and relative times ("3 minutes ago").
import { dateTimeFormat, formatLocale, NO_VALUE, relativeTimeFormat } from '@/lib/format/locale';

export type TimeInput = string | number | Date | null | undefined;

export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
}

/**
 * Transfer writes timestamps as `2021-09-02T18:04:49+00:00` and file times as
 * `2018-04-04 18:30:26+00:00` (space, not `T`); both parse. Null when missing or unparseable.
 */
export function parseTransferTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? `${value.slice(0, 10)}T${value.slice(11)}` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function toDate(value: TimeInput): Date | null {
  if (value == null || value === '') return null;
  if (typeof value === 'string') return parseTransferTime(value);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function format(value: TimeInput, style: Intl.DateTimeFormatOptions, opts: TimeFormatOptions): string {
  const date = toDate(value);
  if (!date) return NO_VALUE;
  return dateTimeFormat(formatLocale(opts.locale), { ...style, timeZone: opts.timeZone }).format(date);
}

/** "2 Sept 2021, 18:04" (en-GB), "Sep 2, 2021, 6:04 PM" (en-US). */
export function formatDateTime(value: TimeInput, opts: TimeFormatOptions = {}): string {
  return format(value, { dateStyle: 'medium', timeStyle: 'short' }, opts);
}

export function formatDate(value: TimeInput, opts: TimeFormatOptions = {}): string {
  return format(value, { dateStyle: 'medium' }, opts);
}

export function formatTime(value: TimeInput, opts: TimeFormatOptions = {}): string {
  return format(value, { timeStyle: 'short' }, opts);
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "3 minutes ago", "in 2 hours", "yesterday": the largest whole unit, relative to `now`. */
export function formatRelativeTime(
  value: TimeInput,
  now: TimeInput = Date.now(),
  opts: TimeFormatOptions = {},
): string {
  const date = toDate(value);
  const from = toDate(now);
  if (!date || !from) return NO_VALUE;
  let amount = (date.getTime() - from.getTime()) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size || unit === 'year') {
      return relativeTimeFormat(formatLocale(opts.locale), { numeric: 'auto' }).format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return NO_VALUE;
}
