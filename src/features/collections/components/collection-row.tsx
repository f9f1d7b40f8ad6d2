import { Link } from 'react-router';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { routeTo } from '@/lib/routes/paths';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';

/** One search result on the collections page: a link to its page, with kind, owner and description. */
export function CollectionRow({ collection }: { collection: Endpoint }) {
  const name = collection.display_name || collection.id;
  return (
    <li className="flex flex-col gap-0.5 border-b border-slate-100 px-3 py-2 last:border-b-0">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Link
          to={routeTo.collection(collection.id)}
          className="font-medium text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600"
        >
          {name}
        </Link>
        <span className="text-xs text-slate-600">{entityTypeLabel(collection.entity_type)}</span>
        {collection.high_assurance ? <span className="text-xs text-amber-800">High assurance</span> : null}
      </div>
      {collection.owner_string ? (
        <div className="truncate text-xs text-slate-600">Owner: {collection.owner_string}</div>
      ) : null}
      {collection.description ? (
        <div className="line-clamp-2 text-xs text-slate-600">{collection.description}</div>
      ) : null}
    </li>
  );
}
