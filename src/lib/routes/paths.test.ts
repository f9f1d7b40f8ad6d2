import { describe, expect, it } from 'vitest';
import { filesSearch, isAppHref, paths, readFilesLocation, routeTo, SHARE_PARAMS, toHref } from '@/lib/routes/paths';

const WEIRD = '/a b/#1?x=1&y=%2F+ü/';

describe('paths', () => {
  it('builds the hash href of every route', () => {
    expect(paths.root()).toBe('#/');
    expect(paths.files()).toBe('#/files');
    expect(paths.activity()).toBe('#/activity');
    expect(paths.task('t-1')).toBe('#/activity/t-1');
  });

  it('gives router locations without the hash', () => {
    expect(routeTo.files()).toBe('/files');
    expect(routeTo.activity()).toBe('/activity');
    expect(routeTo.task('t-1')).toBe('/activity/t-1');
    expect(toHref(routeTo.task('t-1'))).toBe(paths.task('t-1'));
  });

  it('encodes a task id as one path segment', () => {
    expect(routeTo.task('a/b?c#d')).toBe('/activity/a%2Fb%3Fc%23d');
  });

  it('gives the administrator console its routes, ids encoded as one segment', () => {
    expect(paths.console()).toBe('#/console');
    expect(routeTo.consoleEndpoint('c 1/#')).toBe('/console/endpoints/c%201%2F%23');
    expect(paths.consoleTask('t-1')).toBe('#/console/tasks/t-1');
  });

  it('writes the Globus Web App file parameters', () => {
    expect(paths.files({ originId: 'c-1', originPath: '/data/' })).toBe('#/files?origin_id=c-1&origin_path=%2Fdata%2F');
    expect(paths.files({ originId: 'c-1', destinationId: 'c-2', destinationPath: '/x/' })).toBe(
      '#/files?origin_id=c-1&destination_id=c-2&destination_path=%2Fx%2F&two_pane=true',
    );
  });

  it('leaves out a path without its collection', () => {
    expect(filesSearch({ originPath: '/data/', destinationPath: '/x/' })).toBe('');
  });

  it('reads back what it wrote, whatever the characters', () => {
    const loc = { originId: 'c 1&', originPath: WEIRD, destinationId: 'c#2', destinationPath: WEIRD };
    const href = paths.files(loc);
    expect(readFilesLocation(new URLSearchParams(href.split('?')[1]))).toEqual(loc);
  });

  it('reads only the parameters present', () => {
    expect(readFilesLocation(new URLSearchParams('origin_id=c-1&two_pane=true'))).toEqual({ originId: 'c-1' });
  });

  it('tells app hash routes from anything else', () => {
    expect(isAppHref('#/files')).toBe(true);
    expect(isAppHref('#files')).toBe(false);
    expect(isAppHref('https://evil.example/')).toBe(false);
  });

  it('builds the collections, collection and account routes, encoding ids and search text', () => {
    expect(paths.collections()).toBe('#/collections');
    expect(paths.collections({ scope: 'my-endpoints', q: 'a&b #1', type: '' })).toBe(
      '#/collections?scope=my-endpoints&q=a%26b+%231',
    );
    expect(routeTo.collection('c#1/x')).toBe('/collections/c%231%2Fx');
    expect(paths.collection('c-1')).toBe('#/collections/c-1');
    expect(paths.account()).toBe('#/account');
  });

  it('sharing pages: the share form carries host and folder in its query, ids are one path segment', () => {
    expect(routeTo.shares()).toBe('/shares');
    expect(paths.permissions('c 1/#')).toBe('#/collections/c%201%2F%23/permissions');
    const href = paths.shareFolder('h-1', WEIRD);
    expect(href.startsWith('#/shares/new?')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get(SHARE_PARAMS.hostId)).toBe('h-1');
    expect(params.get(SHARE_PARAMS.hostPath)).toBe(WEIRD);
  });
});
