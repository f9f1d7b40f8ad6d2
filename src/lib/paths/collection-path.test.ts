import { describe, expect, it } from 'vitest';
import { breadcrumbs, childPath, folderOf, joinPath, parentPath, withTrailingSlash } from '@/lib/paths/collection-path';

describe('collection paths', () => {
  it('joins without touching the name', () => {
    expect(joinPath('/a/b/', 'c d#1')).toBe('/a/b/c d#1');
    expect(joinPath('/a/b', 'ü %20.txt')).toBe('/a/b/ü %20.txt');
    expect(joinPath('/', 'x')).toBe('/x');
    expect(joinPath('~/', 'x')).toBe('~/x');
    expect(childPath('/a', 'b')).toBe('/a/b/');
    expect(withTrailingSlash('/a/')).toBe('/a/');
  });

  it('finds the parent, and none at a root', () => {
    expect(parentPath('/a/b/')).toBe('/a/');
    expect(parentPath('/a/b.txt')).toBe('/a/');
    expect(parentPath('/a/')).toBe('/');
    expect([parentPath('/'), parentPath('~/'), parentPath('relative')]).toEqual([null, null, null]);
    expect(parentPath('~/x/')).toBe('~/');
  });

  it('a path without a trailing slash names a file: its folder', () => {
    expect(folderOf('/data/run 1/')).toBe('/data/run 1/');
    expect(folderOf('/data/file.txt')).toBe('/data/');
    expect(folderOf('file.txt')).toBe('/');
    expect(folderOf('/file.txt')).toBe('/');
  });

  it('breadcrumbs open each folder on the way', () => {
    expect(breadcrumbs('/a/b c/')).toEqual([
      { label: '/', path: '/' },
      { label: 'a', path: '/a/' },
      { label: 'b c', path: '/a/b c/' },
    ]);
    expect(breadcrumbs('~/x/')).toEqual([
      { label: '~', path: '~/' },
      { label: 'x', path: '~/x/' },
    ]);
  });
});
