import { formatDateTime } from '@/lib/format/dates';
import { formatSize } from '@/lib/format/numbers';
import { compareNamesFor } from '@/lib/globus/listing/name-order';

/**
 * Builds the formatters and the name collator a folder listing uses (dates, sizes, name order). The
 * first Intl objects of a page load the locale's data: tens of milliseconds, and hundreds on a busy
 * machine. main.tsx runs this while the page's thread would otherwise wait for the app's code, so the
 * first rows do not pay for it.
 */
export function warmUpFormatters(): void {
  formatDateTime(Date.now());
  formatSize(0);
  formatSize(1500);
  compareNamesFor()('file9', 'file10');
}
