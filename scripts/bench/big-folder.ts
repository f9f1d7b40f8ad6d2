/**
 * The 100,000-entry folder in the real build: time from the listing's response to the first rows, sort time
 * per column, rows in the DOM while scrolled, JS heap growth, and the cached return to a recent folder.
 */
import type { CDPSession, Page } from 'playwright-core';
import { COLLECTIONS, PATHS } from '../../test/emulator/seed/ids';
import { loggedInPage, type BenchEnv } from './harness';
import type { Figure } from './report';

export const filesRoute = (path: string) =>
  `#/files?${new URLSearchParams({ origin_id: COLLECTIONS.tutorial1.id, origin_path: path })}`;

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * Opens the big folder from its parent and returns ms from the ls response's end to the first row painted.
 * The listing is fetched in a worker, whose requests the page's resource timing does not see: the end of
 * the response comes from the browser's own record of the request, both times as wall-clock ms.
 */
export async function openBigFolder(page: Page): Promise<number> {
  const listed = page.waitForEvent('requestfinished', {
    predicate: (r) => r.url().includes('/ls?') && r.url().includes('big'),
    timeout: 30_000,
  });
  const painted = await page.evaluate(
    ({ route }) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('big folder did not render')), 30_000);
        const check = () => {
          const grid = [...document.querySelectorAll('[role="grid"]')].find((g) =>
            (g.getAttribute('aria-label') ?? '').includes('/share/big/'),
          );
          if (grid?.querySelector('[role="row"][aria-rowindex="2"]')) {
            const at = performance.timeOrigin + performance.now();
            mo.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => resolve(at));
          }
        };
        const mo = new MutationObserver(check);
        mo.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-label'],
        });
        location.hash = route;
      }),
    { route: filesRoute(PATHS.big).slice(1) },
  );
  const timing = (await listed).timing();
  return painted - (timing.startTime + timing.responseEnd);
}

/**
 * Clicks a column header and returns ms until the re-sorted rows are committed and painted. Rows and the
 * header's aria-sort change in one React commit, so the attribute change marks the moment.
 */
export async function sortBy(page: Page, column: string): Promise<number> {
  return page.evaluate(
    (label) =>
      new Promise<number>((resolve, reject) => {
        const grid = [...document.querySelectorAll('[role="grid"]')].find((g) =>
          (g.getAttribute('aria-label') ?? '').includes('/share/big/'),
        )!;
        const header = [...grid.querySelectorAll('[role="columnheader"]')].find((h) =>
          h.textContent?.trim().startsWith(label),
        );
        const button = header?.querySelector('button');
        if (!header || !button) return reject(new Error(`no column header ${label}`));
        const before = header.getAttribute('aria-sort');
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error(`sorting by ${label} did not finish`)), 10_000);
        const mo = new MutationObserver(() => {
          if (header.getAttribute('aria-sort') === before) return;
          mo.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        mo.observe(header, { attributes: true, attributeFilter: ['aria-sort'] });
        button.click();
      }),
    column,
  );
}

async function rowsInDomWhileScrolled(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const grid = [...document.querySelectorAll('[role="grid"]')].find((g) =>
      (g.getAttribute('aria-label') ?? '').includes('/share/big/'),
    )!;
    const scroller = grid.closest<HTMLElement>('[data-scroll-container]') ?? findScroller(grid);
    let max = 0;
    for (const fraction of [0.25, 0.5, 0.75, 1]) {
      scroller.scrollTop = scroller.scrollHeight * fraction;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      max = Math.max(max, grid.querySelectorAll('[role="row"]').length);
    }
    return max;
    function findScroller(el: Element): HTMLElement {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e).overflowY;
        if ((s === 'auto' || s === 'scroll') && e.scrollHeight > e.clientHeight) return e as HTMLElement;
      }
      for (const e of el.querySelectorAll('*')) {
        const s = getComputedStyle(e).overflowY;
        if ((s === 'auto' || s === 'scroll') && e.scrollHeight > e.clientHeight) return e as HTMLElement;
      }
      throw new Error('no scroll container');
    }
  });
}

/** Goes back from the big folder's parent to the big folder; ms until its rows show (cache hit expected). */
async function backToRecentFolder(page: Page): Promise<number> {
  await page.evaluate((route) => (location.hash = route), filesRoute(PATHS.share).slice(1));
  await page.getByRole('grid', { name: /\/share\/ *$/ }).waitFor();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const check = () => {
          const grid = [...document.querySelectorAll('[role="grid"]')].find((g) =>
            (g.getAttribute('aria-label') ?? '').includes('/share/big/'),
          );
          if (!grid?.querySelector('[role="row"][aria-rowindex="2"]')) return;
          mo.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        };
        const mo = new MutationObserver(check);
        mo.observe(document.body, { subtree: true, childList: true, attributes: true });
        history.back();
      }),
  );
}

export async function benchBigFolder(env: BenchEnv, runs = 5): Promise<Figure[]> {
  const firstRows: number[] = [];
  const sorts: Record<string, number[]> = { Size: [], Modified: [], Name: [] };
  const rows: number[] = [];
  const heap: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await loggedInPage(env, filesRoute(PATHS.share));
    await page.getByRole('grid', { name: /\/share\/ *$/ }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    const heapBefore = await heapMb(cdp);
    firstRows.push(await openBigFolder(page));
    for (const column of Object.keys(sorts)) sorts[column]!.push(await sortBy(page, column));
    rows.push(await rowsInDomWhileScrolled(page));
    heap.push((await heapMb(cdp)) - heapBefore);
    back.push(await backToRecentFolder(page));
    await page.context().close();
  }
  return [
    { name: '100k folder: response → first rows painted', unit: 'ms', target: '≤ 500', runs: firstRows },
    ...Object.entries(sorts).map(([c, r]) => ({
      name: `100k folder: sort by ${c}`,
      unit: 'ms',
      target: '≤ 200',
      runs: r,
    })),
    { name: '100k folder: row elements in DOM while scrolling', unit: 'rows', target: '≤ 150', runs: rows },
    { name: '100k folder: JS heap growth', unit: 'MB', target: '< 100', runs: heap },
    { name: 'back to a folder seen < 1 min ago (cache)', unit: 'ms', target: 'at once (≤ 100)', runs: back },
  ];
}
