import type { DatasetLink } from '@/lib/datasets/dataset-link';
import { doiUrl } from '@/lib/datasets/read-dataset-link';

/** Title, description, citation and DOI as the link carries them (plain text: a link is not trusted markup). */
export function DatasetHeader({ link }: { link: DatasetLink }) {
  const doi = link.doi ? doiUrl(link.doi) : null;
  return (
    <header className="flex flex-col gap-1">
      <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">Dataset</p>
      <h1 className="text-xl font-semibold break-words text-slate-900">{link.title ?? link.path}</h1>
      {link.description ? <p className="text-sm whitespace-pre-line text-slate-700">{link.description}</p> : null}
      {link.citation || link.doi ? (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          {link.citation ? (
            <>
              <dt className="font-medium">Cite as</dt>
              <dd className="break-words">{link.citation}</dd>
            </>
          ) : null}
          {link.doi ? (
            <>
              <dt className="font-medium">DOI</dt>
              <dd className="break-all">
                {doi ? (
                  <a href={doi} className="text-blue-800 underline" rel="noopener noreferrer">
                    {link.doi}
                  </a>
                ) : (
                  link.doi
                )}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </header>
  );
}
