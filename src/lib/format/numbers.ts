// Counts, percentages, sizes and rates in the user's locale. Sizes use decimal units (1 kB = 1000 B),
// as storage vendors and Globus itself report them, with three significant digits: 4 B, 1.50 kB,
// 35.0 MB, 200 GB.
import { formatLocale, NO_VALUE, numberFormat } from '@/lib/format/locale';

const isNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export function formatCount(n: number | null | undefined, locale?: string): string {
  return isNumber(n) ? numberFormat(formatLocale(locale), {}).format(n) : NO_VALUE;
}

/** 0–100 as a whole percentage, rounded down so that work still running never reads 100 %. */
export function formatPercent(percent: number | null | undefined, locale?: string): string {
  if (!isNumber(percent)) return NO_VALUE;
  return numberFormat(formatLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(percent) / 100,
  );
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** Three significant digits, judged after rounding so that 9.996 reads 10.0 rather than 10.00. */
function fractionDigits(value: number): number {
  if (Math.round(value * 100) < 1000) return 2;
  if (Math.round(value * 10) < 1000) return 1;
  return 0;
}

function scaled(bytes: number): { value: number; unit: number; digits: number } {
  let value = bytes;
  let unit = 0;
  // 999.7 kB would round to "1000 kB": such a value moves up a unit too.
  while (Math.round(value) >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return { value, unit, digits: unit === 0 ? 0 : fractionDigits(value) };
}

function sizeText(bytes: number, perSecond: boolean, locale?: string): string {
  const loc = formatLocale(locale);
  const { value, unit, digits } = scaled(bytes);
  const suffix = perSecond ? '-per-second' : '';
  const options = (name: string, unitDisplay: 'short' | 'narrow'): Intl.NumberFormatOptions => ({
    style: 'unit',
    unit: `${name}${suffix}`,
    unitDisplay,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (unit > 0) return numberFormat(loc, options(SIZE_UNITS[unit]!, 'short')).format(value);
  // Intl's short "byte" is the whole word in English ("4 byte"): take the kilobyte layout (number,
  // spacing, order) and put in the narrow symbol (B, o, B/s), so bytes read like every other size.
  const symbol = numberFormat(loc, options('byte', 'narrow'))
    .formatToParts(value)
    .find((p) => p.type === 'unit')?.value;
  const parts = numberFormat(loc, options('kilobyte', 'short')).formatToParts(value);
  return parts.map((p) => (p.type === 'unit' && symbol ? symbol : p.value)).join('');
}

/** A size in bytes: "999 B", "1.50 kB", "2.50 GB"; a dash for a missing or negative size. */
export function formatSize(bytes: number | null | undefined, locale?: string): string {
  return isNumber(bytes) && bytes >= 0 ? sizeText(bytes, false, locale) : NO_VALUE;
}

/** Bytes per second: "3 B/s", "6.31 kB/s"; a dash when nothing is moving or the rate is unknown. */
export function formatRate(bytesPerSecond: number | null | undefined, locale?: string): string {
  return isNumber(bytesPerSecond) && bytesPerSecond > 0 ? sizeText(bytesPerSecond, true, locale) : NO_VALUE;
}
