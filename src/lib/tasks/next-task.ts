type Yielding = { scheduler?: { yield?: () => Promise<void> } };

/**
 * Resolves in a later task: the page can take input and paint in between, so two long pieces of work do
 * not make one long task. Where the browser can say so (`scheduler.yield`), the work goes on ahead of
 * other queued tasks.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as Yielding).scheduler?.yield?.() ?? new Promise<void>((resolve) => setTimeout(resolve, 0));
