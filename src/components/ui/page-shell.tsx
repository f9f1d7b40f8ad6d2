import type { ReactNode } from 'react';

/** Centred layout for full-page states: config error, sign-in, login failure. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center bg-slate-100 px-4 py-16">
      <div className="w-full max-w-xl">
        <h1 className="mb-4 text-xl font-semibold text-slate-900">{title}</h1>
        {children}
      </div>
    </main>
  );
}
