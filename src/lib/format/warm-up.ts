import { formatDateTime } from '@/lib/format/dates';
import { formatSize } from '@/lib/format/numbers';

/**
 * Builds the formatters a folder listing shows (dates, sizes) ahead of need. The page's first Intl
 * formatters load the locale's data, tens of milliseconds of the main thread; done while start-up waits
 * for the network, that no longer lands between the first listing's answer and its rows.
 */
export function warmUpFormatters(): void {
  formatDateTime(Date.now());
  formatSize(0);
  formatSize(1500);
}
