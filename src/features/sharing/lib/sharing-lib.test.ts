import { describe, expect, it } from 'vitest';
import { normaliseRulePath } from '@/features/sharing/lib/rule-path';
import { dayOf, expiryFromDay, isExpired } from '@/features/sharing/lib/expiry';

describe('normaliseRulePath', () => {
  it('makes paths absolute, ending in one slash, keeping names as typed', () => {
    expect(normaliseRulePath('data')).toEqual({ ok: true, path: '/data/' });
    expect(normaliseRulePath('/data//raw')).toEqual({ ok: true, path: '/data/raw/' });
    expect(normaliseRulePath('/')).toEqual({ ok: true, path: '/' });
    expect(normaliseRulePath('/a/./b/../c #1 ü/')).toEqual({ ok: true, path: '/a/c #1 ü/' });
    expect(normaliseRulePath(' x ')).toEqual({ ok: true, path: '/ x /' });
  });

  it('refuses paths outside the collection, home-relative paths and nothing at all', () => {
    expect(normaliseRulePath('/../etc/')).toMatchObject({ ok: false, message: expect.stringContaining('outside') });
    expect(normaliseRulePath('/a/../../b')).toMatchObject({ ok: false });
    expect(normaliseRulePath('~/data/')).toMatchObject({ ok: false });
    expect(normaliseRulePath('  ')).toMatchObject({ ok: false });
  });
});

describe('expiry', () => {
  const now = new Date(2026, 5, 15, 12, 0, 0);
  it('ends access at the end of the chosen day; empty means never', () => {
    const e = expiryFromDay('2026-06-15', now);
    expect(e.ok && new Date(e.iso!).getTime()).toBe(new Date(2026, 5, 15, 23, 59, 59).getTime());
    expect(expiryFromDay('', now)).toEqual({ ok: true, iso: null });
    expect(dayOf(e.ok ? e.iso : null)).toBe('2026-06-15');
  });

  it('refuses a day in the past and a day that does not exist', () => {
    expect(expiryFromDay('2026-06-14', now)).toMatchObject({ ok: false, message: expect.stringContaining('past') });
    expect(expiryFromDay('2026-02-30', now)).toMatchObject({ ok: false });
  });

  it('reads both of Transfer’s timestamp spellings', () => {
    expect(isExpired('2026-06-14 10:00:00+00:00', now)).toBe(true);
    expect(isExpired('2027-01-01T00:00:00+00:00', now)).toBe(false);
    expect(isExpired(null, now)).toBe(false);
  });
});
