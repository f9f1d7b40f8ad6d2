import { parseBrowseSelection, type BrowseSelection } from '@/lib/helper-pages/browse-collections';
import { takeHelperTrip, type HelperTrip } from '@/lib/storage/helper-trip-store';
import { readFilesLocation, routeTo } from '@/lib/routes/paths';
import { chosenFolder } from '@/components/services/helper-round-trip';

/** What to do with a helper page's answer (or its Cancel). */
export type ReturnOutcome =
  | { kind: 'go'; to: string; appState?: unknown; choice?: { slot: string; selection: BrowseSelection } }
  | { kind: 'broken'; problems: string[]; back: { to: string; appState?: unknown } | null }
  | { kind: 'unexpected'; selection: BrowseSelection | null };

/** A files route with one pane moved to the chosen collection and folder. */
function openIn(trip: HelperTrip, sel: BrowseSelection): string {
  const q = trip.returnTo.indexOf('?');
  const loc = readFilesLocation(new URLSearchParams(q < 0 ? '' : trip.returnTo.slice(q + 1)));
  return trip.openIn === 'destination'
    ? routeTo.files({ ...loc, destinationId: sel.endpointId, destinationPath: chosenFolder(sel) })
    : routeTo.files({ ...loc, originId: sel.endpointId, originPath: chosenFolder(sel) });
}

export function resolveReturn(params: URLSearchParams, trip: HelperTrip | null): ReturnOutcome {
  const parsed = parseBrowseSelection(params);
  if (!trip) return { kind: 'unexpected', selection: parsed.ok ? parsed.value : null };
  const back = { to: trip.returnTo.slice(1), ...(trip.appState === undefined ? {} : { appState: trip.appState }) };
  if (params.get('cancelled') === 'true') return { kind: 'go', ...back };
  if (!parsed.ok) return { kind: 'broken', problems: parsed.problems, back };
  if (trip.openIn) return { kind: 'go', to: openIn(trip, parsed.value) };
  return { kind: 'go', ...back, choice: { slot: trip.slot, selection: parsed.value } };
}

const seen = new Map<string, ReturnOutcome>();

/** The outcome for this answer, computed once: the trip is taken from storage the first time. */
export function resolveReturnOnce(search: string): ReturnOutcome {
  let outcome = seen.get(search);
  if (!outcome) {
    outcome = resolveReturn(new URLSearchParams(search), takeHelperTrip());
    seen.set(search, outcome);
  }
  return outcome;
}
