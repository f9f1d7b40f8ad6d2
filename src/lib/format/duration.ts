// Durations for estimates: "45 s", "12 min", "3 h 5 min", "2 d 4 h". Numbers and the joining follow
// the locale; the unit symbols are the international ones (s, min, h, d), short in every language.
import { formatLocale, listFormat, NO_VALUE, numberFormat } from '@/lib/format/locale';

function join(parts: [number, string][], locale: string | undefined): string {
  const count = numberFormat(locale, {});
  const texts = parts.filter(([n], i) => i === 0 || n !== 0).map(([n, unit]) => `${count.format(n)} ${unit}`);
  return listFormat(locale, { type: 'unit', style: 'narrow' }).format(texts);
}

/** Precise enough for an estimate: two units at most, the second dropped when it is zero. */
export function formatDuration(seconds: number | null | undefined, locale?: string): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return NO_VALUE;
  const loc = formatLocale(locale);
  const s = Math.round(seconds);
  if (s < 60) return join([[s, 's']], loc);
  const min = Math.round(s / 60);
  if (min < 60) return join([[min, 'min']], loc);
  // Hours from whole minutes, so 3 h 59 min 40 s reads "4 h", never "3 h 60 min".
  if (min < 48 * 60)
    return join(
      [
        [Math.floor(min / 60), 'h'],
        [min % 60, 'min'],
      ],
      loc,
    );
  const h = Math.floor(s / 3600);
  const d = Math.floor(h / 24);
  return join(
    [
      [d, 'd'],
      [h - d * 24, 'h'],
    ],
    loc,
  );
}
