/**
 * "Browse collections" helper (docs/protocol/helper-pages.md#browse-collections):
 * `/helpers/browse-collections?action=…` and the older `/file-manager?action=…`. The user picks a collection, a folder and (within
 * folderlimit/filelimit) folders and files; the selection goes to `action` by GET (query)
 * or POST (form) with endpoint_id, entity_type, high_assurance, path, label, folder[n],
 * file[n], plus the initial parameters echoed back.
 */
import type { Hono } from 'hono';
import type { EmuContext, EmuEnv } from '../core/context';
import { esc, hidden, page } from '../core/html';
import type { Collection } from '../core/world';
import { sessionToken } from '../auth/session-cookie';
import { sortedDocs } from '../vfs/listing';
import { expandHome, joinPath, normalizePath, parentPath, withTrailingSlash } from '../vfs/paths';
import {
  aclPermission,
  callerForAccount,
  effectiveRoles,
  isGuest,
  pathPermission,
  type Caller,
} from '../transfer/caller';
import { requireHelperLogin } from './helper-session';
import { fieldText } from '../core/text';

/** Parameters the caller passed in; echoed to `action` and kept while navigating. */
const ECHOED = [
  'action',
  'method',
  'cancelurl',
  'folderlimit',
  'filelimit',
  'label',
  'ep',
  'origin_id',
  'origin_path',
  'two_pane',
  'destination_id',
  'destination_path',
];

function initialParams(src: (k: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ECHOED) {
    const v = src(k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function limit(v: string | undefined): number {
  const n = v === undefined || v === '' ? Infinity : Number(v);
  return Number.isNaN(n) ? Infinity : n;
}

function visible(c: EmuContext, col: Collection, caller: Caller): boolean {
  if (col.deleted || col.entityType === 'GCSv5_endpoint') return false;
  if (col.public || effectiveRoles(col, caller).length) return true;
  return isGuest(col) && col.acl.some((r) => aclPermission(c.get('emu').world, col, caller, r.path) !== null);
}

function link(base: string, params: Record<string, string>): string {
  return `${base}?${new URLSearchParams(params).toString()}`;
}

function chooser(c: EmuContext, base: string, params: Record<string, string>, caller: Caller): Response {
  const world = c.get('emu').world;
  const filter = (c.req.query('filter') ?? '').toLowerCase();
  const cols = [...world.collections.values()].filter(
    (col) =>
      visible(c, col, caller) &&
      (!filter || `${col.displayName} ${col.description ?? ''} ${col.keywords ?? ''}`.toLowerCase().includes(filter)),
  );
  const items = cols
    .map(
      (col) =>
        `<li><a href="${esc(link(base, { ...params, origin_id: col.id, origin_path: '' }))}">${esc(col.displayName)}</a> <span class="note">${esc(col.entityType)}</span></li>`,
    )
    .join('');
  const hiddenParams = Object.entries(params)
    .map(([k, v]) => hidden(k, v))
    .join('');
  return c.html(
    page(
      'Choose a collection',
      `
<form method="get" action="${esc(base)}">${hiddenParams}<label>Search collections <input name="filter" value="${esc(filter)}"></label> <button type="submit">Search</button></form>
<ul>${items || '<li>No collection matches.</li>'}</ul>
${params.cancelurl ? `<p><a href="${esc(params.cancelurl)}">Cancel</a></p>` : ''}`,
    ),
  );
}

function folderPage(
  c: EmuContext,
  base: string,
  params: Record<string, string>,
  caller: Caller,
  col: Collection,
  problem?: string,
): Response {
  const world = c.get('emu').world;
  const home = world.homeOf(col, caller.accountId);
  const rawPath = params.origin_path || col.defaultDirectory || home;
  const path = withTrailingSlash(expandHome(rawPath, home) ?? normalizePath(rawPath));
  const perm = pathPermission(world, col, caller, path);
  const node = perm ? world.storage(col).tryStat(world.treePath(col, path), true) : undefined;
  const folderLimit = limit(params.folderlimit);
  const fileLimit = limit(params.filelimit);
  let rows = '';
  if (node?.kind === 'dir') {
    for (const d of sortedDocs(world.storage(col), node)) {
      const isDir = d.type === 'dir';
      const canPick = isDir ? folderLimit > 0 : fileLimit > 0;
      const box = canPick
        ? `<input type="checkbox" name="${isDir ? 'folder' : 'file'}" value="${esc(d.name)}" aria-label="Select ${esc(d.name)}">`
        : '';
      const name = isDir
        ? `<a href="${esc(link(base, { ...params, origin_path: joinPath(path, d.name) + '/' }))}">${esc(d.name)}/</a>`
        : esc(d.name);
      rows += `<tr><td>${box}</td><td>${name}</td><td>${isDir ? '' : d.size}</td></tr>`;
      if (rows.length > 400_000) break; // the page is for picking, not for 100 000-row folders
    }
  }
  const up =
    path === '/'
      ? ''
      : `<a href="${esc(link(base, { ...params, origin_path: withTrailingSlash(parentPath(path)) }))}">Up one folder</a>`;
  const body = `
<p>Collection: <strong>${esc(col.displayName)}</strong> · <a href="${esc(link(base, { ...params, origin_id: '', origin_path: '' }))}">Change collection</a></p>
<p>Path: <code>${esc(path)}</code> ${up}</p>
${problem ? `<p class="error" role="alert">${esc(problem)}</p>` : ''}
${node?.kind === 'dir' ? '' : `<p class="error" role="alert">This folder cannot be listed.</p>`}
<form method="post" action="${esc(base)}/submit">
${Object.entries(params)
  .map(([k, v]) => hidden(`init.${k}`, v))
  .join('')}
${hidden('endpoint_id', col.id)}${hidden('path', path)}
<table><thead><tr><th scope="col">Select</th><th scope="col">Name</th><th scope="col">Size</th></tr></thead><tbody>${rows}</tbody></table>
<p><label>Label <input name="label" value="${esc(params.label ?? '')}"></label></p>
<button type="submit">Submit</button> ${params.cancelurl ? `<a href="${esc(params.cancelurl)}">Cancel</a>` : ''}
</form>`;
  return c.html(page('Select files and folders', body));
}

export function browse(c: EmuContext, base: string): Response {
  const account = requireHelperLogin(c);
  if (typeof account !== 'string') return account;
  const params = initialParams((k) => c.req.query(k));
  if (!params.action)
    return c.html(
      page('Missing action', '<p role="alert">The browse helper needs an <code>action</code> URL.</p>'),
      400,
    );
  if (params.method && !/^(GET|POST)$/i.test(params.method))
    return c.html(page('Bad method', '<p role="alert">method must be GET or POST.</p>'), 400);
  const world = c.get('emu').world;
  const caller = callerForAccount(world, sessionToken(c, account, 'app.globus.org'));
  const col = params.origin_id ? world.collection(params.origin_id) : undefined;
  if (!col || !visible(c, col, caller)) return chooser(c, base, params, caller);
  return folderPage(c, base, params, caller, col, c.req.query('error'));
}

function submitPage(action: string, fields: [string, string][]): string {
  return page(
    'Sending your selection',
    `<form method="post" action="${esc(action)}">${fields.map(([k, v]) => hidden(k, v)).join('')}
<button type="submit">Continue</button></form><script>document.forms[0].submit()</script>`,
  );
}

export function registerBrowse(app: Hono<EmuEnv>): void {
  for (const base of ['/helpers/browse-collections', '/file-manager']) {
    app.post(`${base}/submit`, async (c) => {
      const account = requireHelperLogin(c);
      if (typeof account !== 'string') return account;
      const form = await c.req.parseBody({ all: true });
      const one = (k: string) => {
        const v = form[k];
        return Array.isArray(v) ? fieldText(v[0]) : v === undefined ? undefined : fieldText(v);
      };
      const many = (k: string) =>
        form[k] === undefined ? [] : (Array.isArray(form[k]) ? (form[k] as unknown[]) : [form[k]]).map(String);
      const params = initialParams((k) => one(`init.${k}`));
      const world = c.get('emu').world;
      const col = world.collection(one('endpoint_id') ?? '');
      if (!params.action || !col)
        return c.html(page('Selection lost', '<p role="alert">Start again from the application.</p>'), 400);
      const folders = many('folder');
      const files = many('file');
      const retry = (msg: string) =>
        c.redirect(link(base, { ...params, origin_id: col.id, origin_path: one('path') ?? '/', error: msg }), 303);
      if (folders.length > limit(params.folderlimit)) return retry(`Select at most ${params.folderlimit} folder(s).`);
      if (files.length > limit(params.filelimit)) return retry(`Select at most ${params.filelimit} file(s).`);
      const fields: [string, string][] = Object.entries({ ...params, label: one('label') ?? params.label ?? '' });
      fields.push(
        ['endpoint_id', col.id],
        ['entity_type', col.entityType],
        ['high_assurance', String(col.highAssurance)],
        ['path', one('path') ?? '/'],
      );
      folders.forEach((f, i) => fields.push([`folder[${i}]`, f]));
      files.forEach((f, i) => fields.push([`file[${i}]`, f]));
      if ((params.method ?? 'POST').toUpperCase() === 'GET') {
        const target = new URL(params.action, new URL(c.req.url).origin);
        for (const [k, v] of fields) target.searchParams.append(k, v);
        return c.redirect(target.toString(), 303);
      }
      return c.html(submitPage(params.action, fields));
    });
  }
}
