/**
 * The browse-collections helper contract (docs/protocol/helper-pages.md#browse-collections), both ways:
 * sending the user to Globus's page (or this app's own) and reading what comes back, and, when this app
 * is the helper for another portal, reading the portal's request and writing the answer it expects.
 */

/** How the selection travels to `action`: a query string (GET) or an auto-submitted form (POST, the default). */
export type DeliveryMethod = 'GET' | 'POST';

/** What a caller asks of the helper page. A limit of 0 forbids that kind of pick; absent means no limit. */
export type BrowseRequest = {
  action: string;
  method: DeliveryMethod;
  cancelUrl?: string;
  folderLimit?: number;
  fileLimit?: number;
  label?: string;
  /** Pre-selected collection and folder (the Globus web app's `origin_id` / `origin_path`). */
  originId?: string;
  originPath?: string;
};

/** What the helper page sends back to `action`. Names are relative to `path`. */
export type BrowseSelection = {
  endpointId: string;
  path: string;
  label: string;
  folders: string[];
  files: string[];
  entityType?: string;
  highAssurance?: boolean;
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The request's parameters as the helper pages spell them, in a stable order (echoed back on delivery). */
export function browseRequestParams(req: BrowseRequest): [string, string][] {
  const out: [string, string][] = [
    ['action', req.action],
    ['method', req.method],
  ];
  if (req.cancelUrl !== undefined) out.push(['cancelurl', req.cancelUrl]);
  if (req.folderLimit !== undefined) out.push(['folderlimit', String(req.folderLimit)]);
  if (req.fileLimit !== undefined) out.push(['filelimit', String(req.fileLimit)]);
  if (req.label !== undefined) out.push(['label', req.label]);
  if (req.originId) {
    out.push(['origin_id', req.originId]);
    if (req.originPath) out.push(['origin_path', req.originPath]);
  }
  return out;
}

/** `<base>?action=…&method=…`: the browse-collections page of `webAppBaseUrl` (or of this app). */
export function browseCollectionsUrl(helperPageUrl: string, req: BrowseRequest): string {
  const url = new URL(helperPageUrl);
  for (const [k, v] of browseRequestParams(req)) url.searchParams.append(k, v);
  return url.href;
}

/** Globus's own browse-collections page under the configured web app. */
export const globusBrowsePage = (webAppBaseUrl: string) =>
  `${webAppBaseUrl.replace(/\/+$/, '')}/helpers/browse-collections`;

/** An absolute http(s) URL without credentials, or null. */
export function httpUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}

function limit(params: URLSearchParams, name: string, problems: string[]): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  if (!/^\d+$/.test(raw.trim())) {
    problems.push(`${name} must be a whole number (0 forbids that kind of selection); it is “${raw}”.`);
    return undefined;
  }
  return Number(raw.trim());
}

/**
 * A portal's request to this app acting as the helper page. `action` and `cancelurl` must be absolute
 * http(s) URLs; whether their origins are allowed is the caller's second check (`isAllowedOrigin`).
 */
export function parseBrowseRequest(params: URLSearchParams): Parsed<BrowseRequest> {
  const problems: string[] = [];
  const action = params.get('action');
  if (!action) problems.push('The request names no action: the address the selection should be sent to.');
  else if (!httpUrl(action)) problems.push(`The action “${action}” is not an http:// or https:// address.`);
  const cancel = params.get('cancelurl');
  if (cancel && !httpUrl(cancel))
    problems.push(`The cancel address “${cancel}” is not an http:// or https:// address.`);
  const rawMethod = (params.get('method') ?? 'POST').toUpperCase();
  if (rawMethod !== 'GET' && rawMethod !== 'POST')
    problems.push(`method must be GET or POST; it is “${params.get('method')}”.`);
  const folderLimit = limit(params, 'folderlimit', problems);
  const fileLimit = limit(params, 'filelimit', problems);
  if (folderLimit === 0 && fileLimit === 0)
    problems.push('folderlimit and filelimit are both 0: nothing could be picked.');
  if (problems.length) return { ok: false, problems };
  const req: BrowseRequest = { action: httpUrl(action)!.href, method: rawMethod as DeliveryMethod };
  if (cancel) req.cancelUrl = httpUrl(cancel)!.href;
  if (folderLimit !== undefined) req.folderLimit = folderLimit;
  if (fileLimit !== undefined) req.fileLimit = fileLimit;
  const label = params.get('label');
  if (label !== null) req.label = label;
  const originId = params.get('origin_id');
  if (originId) {
    req.originId = originId;
    const originPath = params.get('origin_path');
    if (originPath) req.originPath = originPath;
  }
  return { ok: true, value: req };
}

/** `folder[0]`, `folder[1]`, … in index order (a gap ends nothing: indexes are only an order). */
function indexed(params: URLSearchParams, name: string): string[] {
  const re = new RegExp(`^${name}\\[(\\d+)\\]$`);
  const found: [number, string][] = [];
  for (const [k, v] of params) {
    const m = re.exec(k);
    if (m) found.push([Number(m[1]), v]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

const badName = (name: string) => name === '' || name === '.' || name === '..' || name.includes('/');

/** What a browse-collections page sent back; every field checked, nothing guessed. */
export function parseBrowseSelection(params: URLSearchParams): Parsed<BrowseSelection> {
  const problems: string[] = [];
  const endpointId = params.get('endpoint_id')?.trim() ?? '';
  if (!endpointId) problems.push('No collection came back (endpoint_id is missing).');
  else if (!/^[0-9a-f-]{8,64}$/i.test(endpointId)) problems.push(`“${endpointId}” is not a collection id.`);
  const path = params.get('path') ?? '';
  if (!path) problems.push('No folder came back (path is missing).');
  else if (!path.startsWith('/') && !path.startsWith('~')) problems.push(`“${path}” is not a folder path.`);
  const folders = indexed(params, 'folder');
  const files = indexed(params, 'file');
  for (const n of [...folders, ...files])
    if (badName(n)) problems.push(`“${n}” is not a name inside the chosen folder.`);
  if (problems.length) return { ok: false, problems };
  const sel: BrowseSelection = { endpointId, path, label: params.get('label') ?? '', folders, files };
  const entityType = params.get('entity_type');
  if (entityType) sel.entityType = entityType;
  const ha = params.get('high_assurance');
  if (ha === 'true' || ha === 'false') sel.highAssurance = ha === 'true';
  return { ok: true, value: sel };
}

/** The fields a helper page sends to `action`: the request echoed, then the selection (Globus's order). */
export function selectionFields(req: BrowseRequest, sel: BrowseSelection): [string, string][] {
  const fields = browseRequestParams(req).filter(([k]) => k !== 'label');
  fields.push(['label', sel.label], ['endpoint_id', sel.endpointId]);
  if (sel.entityType) fields.push(['entity_type', sel.entityType]);
  if (sel.highAssurance !== undefined) fields.push(['high_assurance', String(sel.highAssurance)]);
  fields.push(['path', sel.path]);
  sel.folders.forEach((f, i) => fields.push([`folder[${i}]`, f]));
  sel.files.forEach((f, i) => fields.push([`file[${i}]`, f]));
  return fields;
}

/** A GET delivery: `action` with the fields as its query (any query `action` had is replaced, as a form does). */
export function getDeliveryUrl(action: string, fields: [string, string][]): string {
  const url = new URL(action);
  url.search = new URLSearchParams(fields).toString();
  return url.href;
}

/**
 * An origin matches an allow-list entry written as an origin (`https://portal.example.org`), optionally
 * with a leading wildcard label (`https://*.example.org`). This app's own origin is always allowed.
 */
export function isAllowedOrigin(url: string, allowed: readonly string[], ownOrigin: string): boolean {
  const u = httpUrl(url);
  if (!u) return false;
  if (u.origin === ownOrigin) return true;
  return allowed.some((entry) => {
    const m = /^(https?):\/\/\*\.(.+)$/.exec(entry);
    if (!m) return entry === u.origin;
    const rest = `.${m[2]}`;
    return u.protocol === `${m[1]}:` && `${u.hostname}${u.port ? `:${u.port}` : ''}`.endsWith(rest);
  });
}
