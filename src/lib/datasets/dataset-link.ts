/**
 * A dataset link: what a research portal puts behind its "Globus transfer" button. Everything is in the
 * hash query, so any static host serves it: `#/dataset?collection=<id>&path=<folder>&title=…&file=a&file=b`.
 * Only `collection` and `path` are needed; the rest is what the portal wants the visitor to see first.
 */
export type DatasetLink = {
  collectionId: string;
  /** The dataset's folder (absolute, as Transfer shows it). */
  path: string;
  title?: string;
  description?: string;
  citation?: string;
  doi?: string;
  /** Files the link names, relative to `path`; none means the whole folder. */
  files?: string[];
};

export const DATASET_PARAMS = {
  collection: 'collection',
  path: 'path',
  title: 'title',
  description: 'description',
  citation: 'citation',
  doi: 'doi',
  file: 'file',
} as const;

/** The query string (no `?`); URLSearchParams does the encoding, so any name survives. */
export function datasetSearch(link: DatasetLink): string {
  const p = new URLSearchParams();
  p.set(DATASET_PARAMS.collection, link.collectionId);
  p.set(DATASET_PARAMS.path, link.path);
  for (const key of ['title', 'description', 'citation', 'doi'] as const) {
    const value = link[key];
    if (value) p.set(DATASET_PARAMS[key], value);
  }
  for (const f of link.files ?? []) p.append(DATASET_PARAMS.file, f);
  return p.toString();
}
