import { describe, expect, it } from 'vitest';
import { saveHelperTrip, takeHelperTrip } from '@/lib/storage/helper-trip-store';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('helper trip store', () => {
  it('gives the trip back once, with its draft intact', () => {
    const s = memoryStorage();
    const trip = { slot: 'x', returnTo: '#/files?origin_id=a', appState: { dialog: { label: 'é' } }, startedAt: 1000 };
    saveHelperTrip(trip, s);
    expect(takeHelperTrip(2000, s)).toEqual(trip);
    expect(takeHelperTrip(2000, s)).toBeNull();
  });

  it('drops a stale trip, a foreign return address and garbage', () => {
    const s = memoryStorage();
    saveHelperTrip({ slot: 'x', returnTo: '#/files', startedAt: 0 }, s);
    expect(takeHelperTrip(2 * 24 * 3600_000, s)).toBeNull();
    saveHelperTrip({ slot: 'x', returnTo: 'https://evil.example/', startedAt: 0 }, s);
    expect(takeHelperTrip(1, s)).toBeNull();
    s.setItem('globus-client.helper-trip', '{not json');
    expect(takeHelperTrip(1, s)).toBeNull();
  });
});
