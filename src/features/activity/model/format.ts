// Human formatting for sizes, rates, durations and Transfer timestamps (Intl only, no library).

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Decimal units, as Globus shows them: 1 kB = 1000 B. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

export function formatRate(bytesPerSecond: number | null | undefined): string {
  if (bytesPerSecond == null || !Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0) return '—';
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h" — precise enough for an estimate. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(s / 3600);
  if (h < 48) {
    const m = Math.round((s - h * 3600) / 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(h / 24);
  const rh = h - d * 24;
  return rh ? `${d} d ${rh} h` : `${d} d`;
}

export function formatCount(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US');
}

/**
 * Transfer writes timestamps as `2021-09-02T18:04:49+00:00` and `2018-04-04 18:30:26+00:00`;
 * both must parse. Returns null for missing or unparseable values.
 */
export function parseTransferTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? `${value.slice(0, 10)}T${value.slice(11)}` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
}

export function formatDateTime(value: string | null | undefined, opts: TimeFormatOptions = {}): string {
  const date = parseTransferTime(value);
  if (!date) return '—';
  return new Intl.DateTimeFormat(opts.locale ?? 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: opts.timeZone,
  }).format(date);
}

/** `YYYY-MM-DD HH:MM:SS` as the task_list filter wants it, in UTC. */
export function toFilterTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
