// Deadlines: typed and shown in the browser's zone with the zone named, sent to Transfer in UTC.
import { describe, expect, it } from 'vitest';
import {
  deadlineFromInput,
  formatDeadline,
  fromDateTimeLocal,
  timeZoneLabel,
  toDateTimeLocal,
  toTransferTime,
} from '@/lib/format/deadline';

const NY = 'America/New_York';
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('deadline helpers', () => {
  it('reads a typed wall time in the zone and sends it to Transfer in UTC', () => {
    expect(deadlineFromInput('2030-02-01T08:30', NY)).toBe('2030-02-01 13:30:00+00:00');
    expect(deadlineFromInput('2030-07-01T08:30', NY)).toBe('2030-07-01 12:30:00+00:00');
    expect(deadlineFromInput('2030-02-01T08:30', 'Asia/Kolkata')).toBe('2030-02-01 03:00:00+00:00');
    expect(deadlineFromInput('2030-02-01T08:30', 'UTC')).toBe('2030-02-01 08:30:00+00:00');
    expect(deadlineFromInput('', NY)).toBeUndefined();
    expect(deadlineFromInput('tomorrow', NY)).toBeUndefined();
  });

  it('shows a Transfer timestamp in the edit box as the same wall time it was typed as', () => {
    expect(toDateTimeLocal('2030-02-01T13:30:00+00:00', NY)).toBe('2030-02-01T08:30');
    expect(toDateTimeLocal('2030-02-01 13:30:00+00:00', 'UTC')).toBe('2030-02-01T13:30');
    expect(toDateTimeLocal(null, NY)).toBe('');
    for (const typed of ['2030-03-10T01:59', '2030-03-10T03:00', '2030-11-03T00:30', '2031-12-31T23:59']) {
      expect(toDateTimeLocal(fromDateTimeLocal(typed, NY), NY)).toBe(typed);
    }
  });

  it('names the zone beside the time, and in the field label', () => {
    expect(plain(formatDeadline('2030-02-01T13:30:00+00:00', { locale: 'en-US', timeZone: NY }))).toBe(
      'Feb 1, 2030, 8:30 AM EST',
    );
    expect(plain(formatDeadline('2030-07-01T12:30:00+00:00', { locale: 'en-US', timeZone: NY }))).toBe(
      'Jul 1, 2030, 8:30 AM EDT',
    );
    expect(formatDeadline(null)).toBe('—');
    expect(timeZoneLabel('2030-02-01T13:30:00+00:00', { locale: 'en-US', timeZone: NY })).toBe('EST, America/New_York');
    expect(timeZoneLabel('2030-02-01T13:30:00+00:00', { locale: 'en-US', timeZone: 'UTC' })).toBe('UTC');
  });

  it('spells instants the way Transfer does', () => {
    expect(toTransferTime(new Date('2030-02-01T13:30:05.250Z'))).toBe('2030-02-01 13:30:05+00:00');
  });
});
