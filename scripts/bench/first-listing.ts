/**
 * How long the app itself takes to show a folder, beyond what the Listing API takes: a fresh page with the
 * HTTP cache off (cold) and tokens stored (logged in), from navigation start to the first listing row, minus
 * the listing request's own duration. config.json, the code, the IndexedDB reads and rendering are the
 * app's overhead; a request waiting on another one (a waterfall) shows up here too.
 */
import { COLLECTIONS, PATHS } from '../../test/emulator/seed/ids';
import { loggedInPage, type BenchEnv } from './harness';
import type { Figure } from './report';

const route = `#/files?${new URLSearchParams({ origin_id: COLLECTIONS.tutorial1.id, origin_path: PATHS.godata })}`;

/**
 * Runs in the page before its scripts: notes when the first listing row appears, and says so on the
 * console. Waiting for that message (rather than polling with `waitForFunction`) keeps Playwright from
 * injecting its own helper script into the page while the app is still starting, which it would charge
 * to the app.
 */
const watchFirstRow = () => {
  const w = window as unknown as { __firstRow?: number };
  const mo = new MutationObserver(() => {
    if (w.__firstRow === undefined && document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')) {
      w.__firstRow = performance.now();
      mo.disconnect();
      console.debug('bench:first-row');
    }
  });
  mo.observe(document, { subtree: true, childList: true });
};

export async function benchFirstListing(env: BenchEnv, runs = 5): Promise<Figure[]> {
  const first = await loggedInPage(env, route);
  await first.getByRole('grid').first().waitFor();
  const context = first.context();
  const total: number[] = [];
  const api: number[] = [];
  const overhead: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(watchFirstRow);
    const firstRow = page.waitForEvent('console', {
      predicate: (message) => message.text() === 'bench:first-row',
      timeout: 30_000,
    });
    await page.goto(`${env.appUrl}${route}`);
    await firstRow;
    const { rows, ls } = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const listing = entries.find((e) => e.name.includes('/ls?'));
      return { rows: (window as unknown as { __firstRow: number }).__firstRow, ls: listing?.duration ?? 0 };
    });
    total.push(rows);
    api.push(ls);
    overhead.push(rows - ls);
    await page.close();
  }
  await context.close();
  return [
    { name: 'first listing rows after navigation (cold, logged in)', unit: 'ms', target: '—', runs: total },
    { name: 'of which the listing request itself', unit: 'ms', target: '—', runs: api },
    { name: 'app overhead over the API time', unit: 'ms', target: '≤ 400', runs: overhead },
  ];
}
