// In-app toasts: a tiny external store (no toast library needed for one region), shared so any feature can toast.

export type ToastTone = 'success' | 'neutral' | 'warning' | 'error';

export interface Toast {
  /** One toast per id: pushing an id that is already shown does nothing. */
  id: string;
  /** Success fades after a while; every other tone stays until dismissed. */
  tone: ToastTone;
  title: string;
  body?: string;
  /** An in-app link (router location), e.g. to the task the toast is about; following it dismisses the toast. */
  link?: { label: string; to: string };
}

/** Older toasts give way beyond this many. */
const MAX_SHOWN = 5;

let toasts: readonly Toast[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const toastStore = {
  get: () => toasts,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  push: (toast: Toast) => {
    if (toasts.some((t) => t.id === toast.id)) return;
    toasts = [...toasts.slice(-(MAX_SHOWN - 1)), toast];
    emit();
  },
  dismiss: (id: string) => {
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  },
  clear: () => {
    toasts = [];
    emit();
  },
};
