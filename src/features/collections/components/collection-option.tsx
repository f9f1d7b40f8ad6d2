import type { Endpoint } from '@/lib/globus/transfer-types';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';

export function CollectionOption({
  collection,
  id,
  active,
  onChoose,
  onHover,
}: {
  collection: Endpoint;
  id: string;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keyboard users choose through the combobox (aria-activedescendant); options never take focus
    <li
      id={id}
      role="option"
      aria-selected={active}
      onClick={onChoose}
      onMouseMove={onHover}
      className={`cursor-pointer border-b border-slate-100 px-3 py-2 last:border-b-0 ${
        active ? 'bg-blue-50 outline-2 -outline-offset-2 outline-blue-600' : 'hover:bg-slate-50'
      }`}
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium text-slate-900">{collection.display_name || collection.id}</span>
        <span className="text-xs text-slate-600">{entityTypeLabel(collection.entity_type)}</span>
      </div>
      {collection.owner_string ? (
        <div className="truncate text-xs text-slate-600">
          <span className="sr-only">Owner: </span>
          {collection.owner_string}
        </div>
      ) : null}
      {collection.description ? (
        <div className="line-clamp-2 text-xs text-slate-600">{collection.description}</div>
      ) : null}
    </li>
  );
}
