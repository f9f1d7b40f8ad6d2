import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { toastStore, type Toast, type ToastTone } from '@/components/ui/toast-store';

const TONE: Record<ToastTone, string> = {
  success: 'border-emerald-300',
  neutral: 'border-slate-300',
  error: 'border-red-300',
  warning: 'border-amber-400',
};

/** How long a success toast stays once nothing holds it. */
const SUCCESS_MS = 10_000;

function ToastItem({ toast }: { toast: Toast }) {
  // A link to the page already shown ("View task" on that task's page) would lead nowhere.
  const here = useLocation().pathname;
  const link = toast.link && toast.link.to !== here ? toast.link : null;
  // Good news fades; problems stay until dismissed. Never while the pointer or focus is on it (WCAG 2.2.1).
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (toast.tone !== 'success' || held) return;
    const t = setTimeout(() => toastStore.dismiss(toast.id), SUCCESS_MS);
    return () => clearTimeout(t);
  }, [toast, held]);
  return (
    <li
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setHeld(false)}
      className={`pointer-events-auto w-80 rounded-md border-l-4 bg-white p-3 text-sm shadow-lg ring-1 ring-slate-200 ${TONE[toast.tone]}`}
    >
      <p className="font-semibold text-slate-900">{toast.title}</p>
      {toast.body ? <p className="mt-0.5 text-xs text-slate-700">{toast.body}</p> : null}
      <div className="mt-2 flex gap-3 text-xs">
        {link ? (
          <Link
            to={link.to}
            className="font-medium text-blue-800 hover:underline"
            onClick={() => toastStore.dismiss(toast.id)}
          >
            {link.label}
          </Link>
        ) : null}
        <button
          type="button"
          className="text-slate-600 hover:underline"
          onClick={() => toastStore.dismiss(toast.id)}
          aria-label={`Dismiss: ${toast.title}`}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}

/**
 * The one toast region, mounted once under the router. It is not a live region: a feature that toasts
 * also announces through its own live region, so screen readers hear each message once. It sits at the top
 * right, under the header, so it never hides what ends a page: the file panes' status lines, the function-key
 * bar and the task tray all live at the bottom.
 */
export function ToastRegion({ label }: { label: string }) {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.get);
  return (
    <section aria-label={label} className="pointer-events-none fixed top-12 right-3 z-50">
      <ol className="flex flex-col gap-2">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} />
        ))}
      </ol>
    </section>
  );
}
