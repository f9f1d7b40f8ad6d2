import type { ReactNode } from 'react';

type Tone = 'error' | 'warning' | 'info';

const TONES: Record<Tone, string> = {
  error: 'border-red-200 bg-red-50',
  warning: 'border-amber-200 bg-amber-50',
  info: 'border-slate-200 bg-white',
};

/** A titled message with what to do next; used for errors inside panes and for whole-page states. */
export function MessagePanel({
  title,
  children,
  actions,
  tone = 'info',
  role,
  footnote,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: Tone;
  role?: 'alert' | 'status';
  footnote?: ReactNode;
}) {
  return (
    <section role={role} aria-label={title} className={`max-w-xl rounded-lg border p-4 shadow-sm ${TONES[tone]}`}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children ? <div className="mt-1 text-sm text-slate-700">{children}</div> : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
      {footnote ? <p className="mt-3 text-xs text-slate-500">{footnote}</p> : null}
    </section>
  );
}
