// Messages for the polite live region. A counter makes repeating the same text re-announce it.
let message = { text: '', n: 0 };
const listeners = new Set<() => void>();

export function announce(text: string): void {
  message = { text, n: message.n + 1 };
  listeners.forEach((l) => l());
}
export const announcerStore = {
  get: () => message,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
