import type { ReactNode } from 'react';

export type Fact = { term: string; value: ReactNode };

/** One titled group of facts about a collection; facts without a value are left out, and so is an empty group. */
export function FactGroup({
  id,
  title,
  facts,
  children,
}: {
  id: string;
  title: string;
  facts: Fact[];
  children?: ReactNode;
}) {
  const shown = facts.filter((f) => f.value !== null && f.value !== undefined && f.value !== '');
  if (shown.length === 0 && !children) return null;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-2 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {shown.length ? (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[12rem_1fr]">
          {shown.map((f) => (
            <div key={f.term} className="contents">
              <dt className="font-medium text-slate-700">{f.term}</dt>
              <dd className="min-w-0 break-words text-slate-900">{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </section>
  );
}

export const yesNo = (value: boolean | null | undefined, yes: string, no: string | null): string | null =>
  value === true ? yes : value === false ? no : null;
