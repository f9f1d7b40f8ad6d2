import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { toastStore, type Toast } from '@/features/activity/notifications/toast-store';

const TONE = {
  succeeded: 'border-emerald-300',
  cancelled: 'border-slate-300',
  failed: 'border-red-300',
  attention: 'border-amber-400',
} as const;

function ToastItem({ toast }: { toast: Toast }) {
  // Good news fades; problems stay until dismissed. Never while the pointer or focus is on it (WCAG 2.2.1).
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (toast.outcome !== 'succeeded' || held) return;
    const t = setTimeout(() => toastStore.dismiss(toast.id), 10_000);
    return () => clearTimeout(t);
  }, [toast, held]);
  return (
    <li
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setHeld(false)}
      className={`pointer-events-auto w-80 rounded-md border-l-4 bg-white p-3 text-sm shadow-lg ring-1 ring-slate-200 ${TONE[toast.outcome]}`}>
      <p className="font-semibold text-slate-900">{toast.title}</p>
      <p className="mt-0.5 text-xs text-slate-700">{toast.body}</p>
      <div className="mt-2 flex gap-3 text-xs">
        <Link to={`/activity/${encodeURIComponent(toast.taskId)}`} className="font-medium text-blue-800 hover:underline" onClick={() => toastStore.dismiss(toast.id)}>
          View task
        </Link>
        <button type="button" className="text-slate-600 hover:underline" onClick={() => toastStore.dismiss(toast.id)} aria-label={`Dismiss: ${toast.title}`}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

export function ToastRegion() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.get);
  return (
    <section aria-label="Task notifications" className="pointer-events-none fixed right-3 bottom-3 z-50">
      <ol className="flex flex-col gap-2">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} />
        ))}
      </ol>
    </section>
  );
}
