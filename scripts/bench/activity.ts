/**
 * Activity page cost and speed in the real build: Transfer requests per polling tick with 50 active tasks,
 * requests while the tab is hidden, and the time from the task_list response to 1,000 rows painted.
 */
import type { Page } from 'playwright-core';
import { loggedInPage, type BenchEnv } from './harness';
import type { Figure } from './report';

const OBSERVE_MS = 16_000; // a little over three fast ticks (5 s)

/** Counts Transfer API requests, grouped into ticks (requests less than a second apart are one tick). */
function countTransferRequests(page: Page, emulatorUrl: string) {
  const times: number[] = [];
  const listener = (req: { url(): string }) => {
    if (req.url().startsWith(`${emulatorUrl}/v0.10/`)) times.push(Date.now());
  };
  page.on('request', listener);
  return {
    stop() {
      page.off('request', listener);
      const ticks: number[] = [];
      let last = -Infinity;
      for (const t of times) {
        if (t - last > 1000) ticks.push(0);
        ticks[ticks.length - 1]! += 1;
        last = t;
      }
      return { total: times.length, ticks };
    },
  };
}

async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

async function renderThousand(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('task list did not render')), 30_000);
        let responseEnd = 0;
        const perf = new PerformanceObserver((list) => {
          for (const e of list.getEntries() as PerformanceResourceTiming[]) {
            if (e.name.includes('/task_list?')) responseEnd = e.responseEnd;
          }
        });
        perf.observe({ type: 'resource' });
        const mo = new MutationObserver(() => {
          const table = document.querySelector('[aria-label="Tasks"]');
          if (!table || Number(table.getAttribute('aria-rowcount') ?? 0) < 1000) return;
          if (!table.querySelector('a[href*="#/activity/"]')) return;
          const painted = performance.now();
          mo.disconnect();
          const finish = () => {
            perf.takeRecords().forEach((e) => {
              if (e.name.includes('/task_list?')) responseEnd = (e as PerformanceResourceTiming).responseEnd;
            });
            if (!responseEnd) return void setTimeout(finish, 20);
            perf.disconnect();
            clearTimeout(timer);
            resolve(painted - responseEnd);
          };
          requestAnimationFrame(finish);
        });
        mo.observe(document.body, { subtree: true, childList: true, attributes: true });
        location.hash = '#/activity?limit=1000&status=SUCCEEDED';
      }),
  );
}

export async function benchActivity(env: BenchEnv, runs = 3): Promise<Figure[]> {
  await env.control('reset', {});
  await env.control('tasks/seed', { identity: 'alice@example.org', count: 50, status: 'ACTIVE' });
  const page = await loggedInPage(env, '#/activity?status=ACTIVE');
  await page.getByRole('link', { name: /.+/ }).first().waitFor();
  await page.waitForTimeout(1000); // let the first load settle before counting ticks

  const visible = countTransferRequests(page, env.emulator.url);
  await page.waitForTimeout(OBSERVE_MS);
  const { ticks } = visible.stop();

  await setHidden(page, true);
  await page.waitForTimeout(1000);
  const hidden = countTransferRequests(page, env.emulator.url);
  await page.waitForTimeout(OBSERVE_MS);
  const hiddenCount = hidden.stop().total;
  await setHidden(page, false);
  await page.context().close();

  await env.control('tasks/seed', { identity: 'alice@example.org', count: 1000, status: 'SUCCEEDED' });
  const render: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await loggedInPage(env, '#/files');
    render.push(await renderThousand(p));
    await p.context().close();
  }
  return [
    { name: '50 active tasks: Transfer requests per polling tick', unit: 'requests', target: '≤ 1', runs: ticks },
    {
      name: `hidden tab: Transfer requests in ${OBSERVE_MS / 1000} s`,
      unit: 'requests',
      target: '0',
      runs: [hiddenCount],
    },
    { name: '1,000 tasks: response → rows painted', unit: 'ms', target: '≤ 300', runs: render },
  ];
}
