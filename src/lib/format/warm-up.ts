import { formatDateTime } from '@/lib/format/dates';
import { formatSize } from '@/lib/format/numbers';
import { compareNamesFor } from '@/lib/globus/listing/name-order';

/**
 * Builds the formatters and the name collator a folder listing uses (dates, sizes, name order). The
 * first Intl objects of a page load the locale's data: tens of milliseconds, and hundreds on a busy
 * machine. warm-up-worker.ts runs this on a worker's thread, because that data is loaded once for the
 * whole page process: the page's own first formatters then cost well under a millisecond.
 */
export function warmUpFormatters(): void {
  formatDateTime(Date.now());
  formatSize(0);
  formatSize(1500);
  compareNamesFor()('file9', 'file10');
}
