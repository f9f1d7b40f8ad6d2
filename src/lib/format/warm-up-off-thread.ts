/**
 * Starts warm-up-worker.ts: the locale data of the formatters is loaded beside the page's start-up work
 * instead of on its thread. Without workers there is no warm-up; the first rows then build the formatters.
 */
export function warmUpFormattersOffThread(): void {
  if (typeof Worker === 'undefined') return;
  try {
    new Worker(new URL('./warm-up-worker.ts', import.meta.url), { type: 'module', name: 'formatters' });
  } catch {
    // As without workers.
  }
}
