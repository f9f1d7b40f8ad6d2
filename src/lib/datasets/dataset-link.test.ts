import { describe, expect, it } from 'vitest';
import { datasetSearch, type DatasetLink } from '@/lib/datasets/dataset-link';
import { doiUrl, parseDatasetLink } from '@/lib/datasets/read-dataset-link';
import { paths } from '@/lib/routes/paths';

const ID = 'ddb59aef-6d04-11e5-ba46-22000b92c6ec';

describe('dataset links', () => {
  it('round-trips every field, awkward names included', () => {
    const link: DatasetLink = {
      collectionId: ID,
      path: '/Ωmega data #1 ü/a&b=c?%2F+/',
      title: 'Ice cores & sediments: run #3',
      description: 'Line one\nline two ü',
      citation: 'Doe, J. (2024). Data. Repo.',
      doi: '10.1234/abc#1',
      files: ['a b#1.txt', '100%.csv', 'x?y=1&z'],
    };
    const href = paths.dataset(link);
    expect(href.startsWith('#/dataset?collection=')).toBe(true);
    const q = href.slice(href.indexOf('?') + 1);
    expect(parseDatasetLink(new URLSearchParams(q))).toEqual({ ok: true, value: link });
  });

  it('needs only a collection; the path defaults to the root and gains its slash', () => {
    expect(parseDatasetLink(new URLSearchParams({ collection: ID.toUpperCase() }))).toEqual({
      ok: true,
      value: { collectionId: ID, path: '/' },
    });
    expect(datasetSearch({ collectionId: ID, path: '/a' })).toBe(`collection=${ID}&path=%2Fa`);
    const r = parseDatasetLink(new URLSearchParams({ collection: ID, path: '/a' }));
    expect(r.ok && r.value.path).toBe('/a/');
  });

  it.each([
    [{}, /names no collection/],
    [{ collection: 'not-a-uuid' }, /not a collection id/],
    [{ collection: ID, path: 'relative' }, /must start with/],
    [{ collection: ID, file: '../x' }, /not a file name/],
  ])('explains a broken link %o', (params, message) => {
    const r = parseDatasetLink(new URLSearchParams(params));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join(' ')).toMatch(message);
  });

  it('turns a DOI into a doi.org link and refuses anything else', () => {
    expect(doiUrl('10.1234/abc')).toBe('https://doi.org/10.1234/abc');
    expect(doiUrl('doi:10.5555/x y')).toBe('https://doi.org/10.5555/x%20y');
    expect(doiUrl('https://doi.org/10.5555/q')).toBe('https://doi.org/10.5555/q');
    expect(doiUrl('javascript:alert(1)')).toBeNull();
  });
});
