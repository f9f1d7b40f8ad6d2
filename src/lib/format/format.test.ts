// The one look for numbers, sizes, rates, dates and durations, in English and in other locales.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelativeTime, formatTime, parseTransferTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { formatLocale, setFormatLocale } from '@/lib/format/locale';
import { formatCount, formatPercent, formatRate, formatSize } from '@/lib/format/numbers';

afterEach(() => setFormatLocale(undefined));

/** Intl separates with no-break spaces in some locales; the assertions read them as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting helpers', () => {
  it('parses both Transfer timestamp spellings', () => {
    expect(parseTransferTime('2021-09-02T18:04:49+00:00')?.toISOString()).toBe('2021-09-02T18:04:49.000Z');
    expect(parseTransferTime('2018-04-04 18:30:26+00:00')?.toISOString()).toBe('2018-04-04T18:30:26.000Z');
    expect(parseTransferTime('garbage')).toBeNull();
  });
  it('formats sizes and durations for people', () => {
    expect([formatSize(999), formatSize(1500), formatSize(2.5e9), formatSize(null)]).toEqual([
      '999 B',
      '1.50 kB',
      '2.50 GB',
      '—',
    ]);
    expect([
      formatDuration(45),
      formatDuration(125),
      formatDuration(3 * 3600 + 300),
      formatDuration(3 * 86400 + 4 * 3600),
    ]).toEqual(['45 s', '2 min', '3 h 5 min', '3 d 4 h']);
  });
});

describe('the one look, in the browser’s locale', () => {
  it('defaults to the browser’s language and can be pinned', () => {
    expect(formatLocale()).toBe(navigator.language);
    setFormatLocale('de-DE');
    expect(formatLocale()).toBe('de-DE');
    expect(formatLocale('fr-FR')).toBe('fr-FR');
    setFormatLocale('not a locale!');
    expect(formatLocale()).toBe(navigator.language);
  });

  it('keeps three significant digits and moves up a unit rather than print 1000', () => {
    setFormatLocale('en-US');
    expect([0, 4, 9996, 99_960, 999_600, 1.2e9, 4e15].map((b) => formatSize(b))).toEqual([
      '0 B',
      '4 B',
      '10.0 kB',
      '100 kB',
      '1.00 MB',
      '1.20 GB',
      '4.00 PB',
    ]);
    expect([formatRate(3), formatRate(6310), formatRate(35e6), formatRate(0), formatRate(null)]).toEqual([
      '3 B/s',
      '6.31 kB/s',
      '35.0 MB/s',
      '—',
      '—',
    ]);
    expect([formatSize(-1), formatSize(Number.NaN)]).toEqual(['—', '—']);
  });

  it('counts, percentages and sizes follow German conventions', () => {
    setFormatLocale('de-DE');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(plain(formatPercent(40.9))).toBe('40 %');
    expect([formatSize(4), formatSize(1500), formatRate(35e6)].map(plain)).toEqual(['4 B', '1,50 kB', '35,0 MB/s']);
    expect(formatDuration(3 * 3600 + 300)).toBe('3 h, 5 min');
  });

  it('French sizes are in octets', () => {
    expect([formatSize(4, 'fr-FR'), formatSize(2.5e9, 'fr-FR'), formatRate(3, 'fr-FR')].map(plain)).toEqual([
      '4 o',
      '2,50 Go',
      '3 o/s',
    ]);
  });

  it('dates and times in the locale and time zone asked for', () => {
    const utc = { timeZone: 'UTC' };
    setFormatLocale('de-DE');
    expect(formatDateTime('2021-09-02T18:04:49+00:00', utc)).toBe('02.09.2021, 18:04');
    expect(formatDate('2021-09-02 18:04:49+00:00', utc)).toBe('02.09.2021');
    expect(formatTime(Date.UTC(2021, 8, 2, 18, 4), utc)).toBe('18:04');
    expect(formatDateTime('2021-09-02T18:04:49+00:00', { ...utc, locale: 'en-US' })).toBe('Sep 2, 2021, 6:04 PM');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('garbage')).toBe('—');
  });

  it('relative times pick the largest whole unit', () => {
    const now = Date.UTC(2024, 0, 10, 12);
    setFormatLocale('en-US');
    expect(formatRelativeTime(now - 20_000, now)).toBe('20 seconds ago');
    expect(formatRelativeTime(now - 3 * 60_000, now)).toBe('3 minutes ago');
    expect(formatRelativeTime(now + 2 * 3600_000, now)).toBe('in 2 hours');
    expect(formatRelativeTime(now - 86400_000, now)).toBe('yesterday');
    expect(formatRelativeTime(now - 3 * 60_000, now, { locale: 'de-DE' })).toBe('vor 3 Minuten');
    expect(formatRelativeTime(undefined, now)).toBe('—');
  });

  it('durations never read "60 min"', () => {
    setFormatLocale('en-US');
    expect([formatDuration(3 * 3600 + 59 * 60 + 40), formatDuration(59.6), formatDuration(-1)]).toEqual([
      '4 h',
      '1 min',
      '—',
    ]);
  });
});
