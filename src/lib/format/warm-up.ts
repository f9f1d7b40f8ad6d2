import { formatDateTime } from '@/lib/format/dates';
import { formatSize } from '@/lib/format/numbers';
import { compareNamesFor } from '@/lib/globus/listing/name-order';

/**
 * Builds the formatters and the name collator a folder listing uses (dates, sizes, name order). The
 * first Intl objects of a page load the locale's data: tens of milliseconds, and hundreds on a busy
 * machine. main.tsx runs this once it knows folders will show, ahead of the first render instead of
 * inside it (where the thread is idle then, at no cost). One task each: the app's code runs as soon as it
 * is ready instead of after all three, and the page answers input in between.
 */
export function warmUpFormatters(): void {
  const steps = [
    () => formatDateTime(Date.now()),
    () => compareNamesFor()('file9', 'file10'),
    () => [formatSize(0), formatSize(1500)],
  ];
  for (const step of steps) setTimeout(step, 0);
}
