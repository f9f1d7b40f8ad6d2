/**
 * The page a user left for a helper page (Globus's browse-collections, or this app's own), kept while
 * they are away so the answer lands where they were, with everything they had typed. Session storage,
 * not IndexedDB: the draft belongs to this tab only, holds no secret (never a token), and must be
 * readable synchronously when the answer arrives.
 */

export type HelperTrip = {
  /** Who waits for the answer, e.g. `transfer-destination`; the page that reads it names it again. */
  slot: string;
  /** The app route to come back to (`#/…`). */
  returnTo: string;
  /** The page state to restore there (as after a login round trip). */
  appState?: unknown;
  /**
   * For a picker that opens a pane: the answer becomes that pane's collection and folder in the
   * files route instead of a value handed to a page.
   */
  openIn?: 'origin' | 'destination';
  startedAt: number;
};

const KEY = 'globus-client.helper-trip';
/** A trip nobody came back from within a day is stale. */
const MAX_AGE_MS = 24 * 60 * 60_000;

export function saveHelperTrip(trip: HelperTrip, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(trip));
}

/** The trip, once: it is removed as it is read. */
export function takeHelperTrip(now = Date.now(), storage: Storage = sessionStorage): HelperTrip | null {
  const raw = storage.getItem(KEY);
  storage.removeItem(KEY);
  if (!raw) return null;
  try {
    const trip = JSON.parse(raw) as Partial<HelperTrip>;
    if (typeof trip.slot !== 'string' || typeof trip.returnTo !== 'string' || typeof trip.startedAt !== 'number')
      return null;
    if (!trip.returnTo.startsWith('#/') || now - trip.startedAt > MAX_AGE_MS) return null;
    return trip as HelperTrip;
  } catch {
    return null;
  }
}
