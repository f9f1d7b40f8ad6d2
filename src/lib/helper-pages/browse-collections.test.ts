import { describe, expect, it } from 'vitest';
import {
  browseCollectionsUrl,
  getDeliveryUrl,
  globusBrowsePage,
  isAllowedOrigin,
  parseBrowseRequest,
  parseBrowseSelection,
  selectionFields,
  type BrowseRequest,
} from '@/lib/helper-pages/browse-collections';

const AWKWARD = '/Ωmega data #1 ü/a&b=c?%2F+/';
const ID = 'ddb59aef-6d04-11e5-ba46-22000b92c6ec';
const REQ: BrowseRequest = {
  action: 'https://portal.example.org/cb?x=1#/back',
  method: 'GET',
  cancelUrl: 'https://portal.example.org/cancel',
  folderLimit: 1,
  fileLimit: 0,
  label: 'Run #7 & co',
};

describe('browse-collections requests', () => {
  it("builds Globus's helper URL with every parameter encoded", () => {
    const url = new URL(browseCollectionsUrl(globusBrowsePage('https://app.globus.org/'), REQ));
    expect(url.origin + url.pathname).toBe('https://app.globus.org/helpers/browse-collections');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: REQ.action,
      method: 'GET',
      cancelurl: REQ.cancelUrl,
      folderlimit: '1',
      filelimit: '0',
      label: 'Run #7 & co',
    });
  });

  it('reads a request back, defaulting to POST', () => {
    const params = new URL(browseCollectionsUrl('https://x.org/b', REQ)).searchParams;
    expect(parseBrowseRequest(params)).toEqual({ ok: true, value: REQ });
    const bare = parseBrowseRequest(new URLSearchParams({ action: 'http://127.0.0.1:9/r' }));
    expect(bare).toEqual({ ok: true, value: { action: 'http://127.0.0.1:9/r', method: 'POST' } });
  });

  it.each([
    [{}, /names no action/],
    [{ action: 'javascript:alert(1)' }, /not an http/],
    [{ action: '/relative' }, /not an http/],
    [{ action: 'https://a.org', cancelurl: 'data:text/html,x' }, /cancel address/],
    [{ action: 'https://a.org', method: 'PUT' }, /GET or POST/],
    [{ action: 'https://a.org', folderlimit: 'two' }, /whole number/],
    [{ action: 'https://a.org', folderlimit: '0', filelimit: '0' }, /nothing could be picked/],
  ])('refuses a bad request %o', (params, message) => {
    const r = parseBrowseRequest(new URLSearchParams(params));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join(' ')).toMatch(message);
  });
});

describe('browse-collections selections', () => {
  it('writes and reads a selection with awkward names in index order', () => {
    const sel = {
      endpointId: ID,
      path: AWKWARD,
      label: 'é & ?',
      folders: ['a b#', 'ü%20'],
      files: ['x?y=1', '+plus'],
      entityType: 'GCSv5_mapped_collection',
      highAssurance: false,
    };
    const fields = selectionFields(REQ, sel);
    expect(fields.slice(0, 2)).toEqual([
      ['action', REQ.action],
      ['method', 'GET'],
    ]);
    const url = getDeliveryUrl(REQ.action, fields);
    expect(new URL(url).hash).toBe('#/back');
    expect(new URL(url).searchParams.has('x')).toBe(false);
    expect(parseBrowseSelection(new URL(url).searchParams)).toEqual({ ok: true, value: sel });
  });

  it('orders folder[n] by index, not by arrival', () => {
    const p = new URLSearchParams([
      ['endpoint_id', ID],
      ['path', '/'],
      ['folder[10]', 'ten'],
      ['folder[2]', 'two'],
    ]);
    const r = parseBrowseSelection(p);
    expect(r.ok && r.value.folders).toEqual(['two', 'ten']);
  });

  it.each([
    [{ path: '/' }, /endpoint_id is missing/],
    [{ endpoint_id: '<script>', path: '/' }, /not a collection id/],
    [{ endpoint_id: ID }, /path is missing/],
    [{ endpoint_id: ID, path: 'relative/' }, /not a folder path/],
    [{ endpoint_id: ID, path: '/', 'file[0]': '../etc' }, /not a name/],
    [{ endpoint_id: ID, path: '/', 'folder[0]': 'a/b' }, /not a name/],
  ])('refuses a broken answer %o', (params, message) => {
    const r = parseBrowseSelection(new URLSearchParams(params));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join(' ')).toMatch(message);
  });
});

describe('isAllowedOrigin', () => {
  const own = 'https://data.example.edu';
  it('allows its own origin, listed origins and wildcard sub-domains only', () => {
    const list = ['https://portal.example.org', 'https://*.lab.example.net'];
    expect(isAllowedOrigin('https://data.example.edu/x', [], own)).toBe(true);
    expect(isAllowedOrigin('https://portal.example.org/cb', list, own)).toBe(true);
    expect(isAllowedOrigin('https://a.lab.example.net/cb', list, own)).toBe(true);
    expect(isAllowedOrigin('https://lab.example.net/cb', list, own)).toBe(false);
    expect(isAllowedOrigin('https://evil-lab.example.net/cb', list, own)).toBe(false);
    expect(isAllowedOrigin('http://portal.example.org/cb', list, own)).toBe(false);
    expect(isAllowedOrigin('https://portal.example.org.evil.com/', list, own)).toBe(false);
    expect(isAllowedOrigin('https://user:pw@portal.example.org/', list, own)).toBe(false);
    expect(isAllowedOrigin('javascript:alert(1)', list, own)).toBe(false);
  });
});
