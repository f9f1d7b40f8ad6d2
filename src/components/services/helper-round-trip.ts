/**
 * A round trip through a browse-collections helper page. Going: the page's state is saved for this tab
 * and the browser leaves for the helper with `action` and `cancelurl` pointing back at `#/chosen`.
 * Coming back: the chosen route restores that state (as a login would) and leaves the selection here
 * for the page that asked, which reads it once (`peekHelperChoice`, then `forgetHelperChoice`).
 */
import {
  browseCollectionsUrl,
  browseRequestParams,
  globusBrowsePage,
  type BrowseRequest,
  type BrowseSelection,
} from '@/lib/helper-pages/browse-collections';
import { saveHelperTrip, type HelperTrip } from '@/lib/storage/helper-trip-store';
import { appBaseUrl, paths } from '@/lib/routes/paths';

export type HelperChoiceRequest = Omit<HelperTrip, 'startedAt'> & {
  /** Globus's page under `webAppBaseUrl`, or this app's own `#/browse` (same contract). */
  helper: { kind: 'globus'; webAppBaseUrl: string } | { kind: 'app' };
  folderLimit?: number;
  fileLimit?: number;
  label?: string;
};

/** The helper page's address for a request (this app's own page reads it from the hash query). */
export function helperPageUrl(helper: HelperChoiceRequest['helper'], req: BrowseRequest): string {
  return helper.kind === 'globus'
    ? browseCollectionsUrl(globusBrowsePage(helper.webAppBaseUrl), req)
    : `${appBaseUrl()}${paths.browse(new URLSearchParams(browseRequestParams(req)))}`;
}

/** Saves the trip first, so nothing typed is lost, then leaves for the helper page. */
export function startHelperChoice(
  { helper, folderLimit, fileLimit, label, ...trip }: HelperChoiceRequest,
  navigate = (url: string) => window.location.assign(url),
): void {
  saveHelperTrip({ ...trip, startedAt: Date.now() });
  const req: BrowseRequest = {
    action: `${appBaseUrl()}${paths.chosen()}`,
    method: 'GET',
    cancelUrl: `${appBaseUrl()}${paths.chosen(new URLSearchParams({ cancelled: 'true' }))}`,
  };
  if (folderLimit !== undefined) req.folderLimit = folderLimit;
  if (fileLimit !== undefined) req.fileLimit = fileLimit;
  if (label !== undefined) req.label = label;
  navigate(helperPageUrl(helper, req));
}

let choice: { slot: string; selection: BrowseSelection } | null = null;

export function setHelperChoice(slot: string, selection: BrowseSelection): void {
  choice = { slot, selection };
}

/** The selection that came back for `slot`, if any; read in a state initialiser, then `forgetHelperChoice`. */
export function peekHelperChoice(slot: string): BrowseSelection | null {
  return choice?.slot === slot ? choice.selection : null;
}

/** Read once: a later visit to the page starts afresh. */
export function forgetHelperChoice(): void {
  choice = null;
}

/** Where a destination picked with folderlimit=1 is: the ticked folder inside `path`, or `path` itself. */
export function chosenFolder(sel: BrowseSelection): string {
  const base = sel.path.endsWith('/') ? sel.path : `${sel.path}/`;
  return sel.folders[0] ? `${base}${sel.folders[0]}/` : base;
}
