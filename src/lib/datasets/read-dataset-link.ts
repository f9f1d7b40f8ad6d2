// Reading a dataset link a portal sent (dataset-link.ts writes one). Apart from it so that the first page,
// which only writes such links, does not carry the reading.
import type { Parsed } from '@/lib/helper-pages/browse-collections';
import { DATASET_PARAMS, type DatasetLink } from '@/lib/datasets/dataset-link';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a dataset link, saying exactly what is wrong with a broken one. */
export function parseDatasetLink(params: URLSearchParams): Parsed<DatasetLink> {
  const problems: string[] = [];
  const collectionId = params.get(DATASET_PARAMS.collection)?.trim() ?? '';
  if (!collectionId) problems.push('The link names no collection (the “collection” parameter is missing).');
  else if (!UUID_RE.test(collectionId)) problems.push(`“${collectionId}” is not a collection id (a UUID).`);
  const rawPath = params.get(DATASET_PARAMS.path) ?? '/';
  if (!rawPath.startsWith('/') && !rawPath.startsWith('~'))
    problems.push(`The path “${rawPath}” must start with “/” (or “~” for the home folder).`);
  const files = params.getAll(DATASET_PARAMS.file);
  for (const f of files)
    if (f === '' || f === '.' || f === '..' || f.includes('/'))
      problems.push(`“${f}” is not a file name inside the dataset’s folder.`);
  if (problems.length) return { ok: false, problems };
  const link: DatasetLink = {
    collectionId: collectionId.toLowerCase(),
    path: rawPath.endsWith('/') ? rawPath : `${rawPath}/`,
  };
  for (const key of ['title', 'description', 'citation', 'doi'] as const) {
    const value = params.get(DATASET_PARAMS[key])?.trim();
    if (value) link[key] = value;
  }
  if (files.length) link.files = files;
  return { ok: true, value: link };
}

/** A DOI as a resolvable link (`10.1234/x` or `doi:10.1234/x` → https://doi.org/10.1234/x), or null. */
export function doiUrl(doi: string): string | null {
  const bare = doi.trim().replace(/^(doi:|https?:\/\/(dx\.)?doi\.org\/)/i, '');
  return /^10\.\d{4,}\/.+$/.test(bare) ? `https://doi.org/${bare.split('/').map(encodeURIComponent).join('/')}` : null;
}
