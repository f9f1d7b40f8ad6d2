import { describe, expect, it } from 'vitest';
import { hashForRealQuery } from '@/lib/helper-pages/incoming-query';

describe('hashForRealQuery', () => {
  it('leaves a plain load and a login callback alone', () => {
    expect(hashForRealQuery('', '#/files')).toBeNull();
    expect(hashForRealQuery('?code=c&state=s', '')).toBeNull();
    expect(hashForRealQuery('?error=access_denied', '#/files')).toBeNull();
    expect(hashForRealQuery('?utm=1', '')).toBeNull();
  });

  it("moves a portal's ?action=… into the browse route", () => {
    const search = `?${new URLSearchParams({ action: 'https://p.org/cb?a=1#x', method: 'POST', label: 'a & b' })}`;
    const hash = hashForRealQuery(search, '')!;
    expect(hash.startsWith('#/browse?')).toBe(true);
    const q = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
    expect(q.get('action')).toBe('https://p.org/cb?a=1#x');
    expect(q.get('label')).toBe('a & b');
  });

  it("merges a helper page's GET answer into the hash route it was sent to", () => {
    const search = `?${new URLSearchParams([
      ['endpoint_id', 'e-1'],
      ['path', '/a b/#1/'],
      ['folder[0]', 'x&y'],
    ])}`;
    expect(hashForRealQuery(search, '#/chosen')).toBe(
      '#/chosen?endpoint_id=e-1&path=%2Fa+b%2F%231%2F&folder%5B0%5D=x%26y',
    );
    // Without a fragment (a helper that dropped it) the answer still finds its route.
    expect(hashForRealQuery(search, '')!.startsWith('#/chosen?endpoint_id=e-1')).toBe(true);
    expect(hashForRealQuery('?path=%2Fz%2F', '#/chosen?path=%2Fy%2F&keep=1')).toBe('#/chosen?keep=1&path=%2Fz%2F');
  });
});
