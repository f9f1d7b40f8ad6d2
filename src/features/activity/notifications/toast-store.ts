// In-app toasts for task outcomes: a tiny external store (no toast library needed for one region).
import type { Outcome } from '@/features/activity/notifications/task-notifier';

export interface Toast {
  id: string;
  taskId: string;
  outcome: Outcome;
  title: string;
  body: string;
}

let toasts: Toast[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const toastStore = {
  get: () => toasts,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  push(toast: Omit<Toast, 'id'>) {
    const id = `${toast.taskId}:${toast.outcome}`;
    if (toasts.some((t) => t.id === id)) return;
    toasts = [...toasts.slice(-4), { ...toast, id }];
    emit();
  },
  dismiss(id: string) {
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  },
  clear() {
    toasts = [];
    emit();
  },
};
