/**
 * Lighthouse scores (performance, accessibility, best practices; mobile and desktop presets) for the sign-in
 * page and the logged-in file manager, in Debian's Chromium against the production build and the emulator.
 * Lighthouse drives its own Chromium through a debugging port; the login happens in that browser's
 * persistent profile, and the file-manager runs keep its storage (the sign-in runs reset it).
 */
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, PATHS } from '../../test/emulator/seed/ids';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import type { BenchEnv } from './harness';
import type { Figure } from './report';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const RUNS = 3;
const PRESETS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function scores(url: string, flags: Flags, config: (typeof PRESETS)[number]['config']) {
  const result = await lighthouse(
    url,
    { ...flags, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    config,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  return CATEGORIES.map((c) => {
    const category = lhr.categories[c];
    // What cost points, so a score under 100 says where to look: the metrics behind a performance score
    // (with their values), the failed audits of the others.
    const missed = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => (c === 'performance' ? `${ref.id} ${lhr.audits[ref.id]?.displayValue ?? ''}`.trim() : ref.id));
    return {
      score: Math.round((category?.score ?? 0) * 100),
      ...(missed.length ? { note: `points lost on: ${missed.join(', ')}` } : {}),
    };
  });
}

export async function benchLighthouse(env: BenchEnv): Promise<Figure[]> {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const figures: Figure[] = [];
  // Several runs of each, as Lighthouse advises: one run's blocking time swings by hundreds of milliseconds
  // on a busy machine. The note is the median run's.
  const measure = async (page: string, url: string, flags: Flags) => {
    for (const preset of PRESETS) {
      const runs: Array<Awaited<ReturnType<typeof scores>>> = [];
      for (let i = 0; i < RUNS; i++) runs.push(await scores(url, { port, ...flags }, preset.config));
      CATEGORIES.forEach((c, i) => {
        const sorted = runs.map((run) => run[i]!).sort((a, b) => a.score - b.score);
        const median = sorted[Math.floor(sorted.length / 2)]!;
        figures.push({
          name: `${page} (${preset.name}): ${c}`,
          unit: '/100',
          target: '≥ 90',
          runs: sorted.map((run) => run.score),
          ...(median.note ? { note: median.note } : {}),
        });
      });
    }
  };
  try {
    await measure('sign-in page', `${env.appUrl}#/files`, {});

    const files = `${env.appUrl}#/files?${new URLSearchParams({ origin_id: COLLECTIONS.tutorial1.id, origin_path: PATHS.godata })}`;
    const page = await context.newPage();
    await page.goto(files);
    await page.getByRole('button', { name: 'Log in with Globus' }).click();
    await page.getByRole('button', { name: 'Log in as alice@example.org' }).click();
    await page.waitForURL((u) => u.href.startsWith(env.appUrl) || u.pathname === '/v2/oauth2/authorize/login');
    if (!page.url().startsWith(env.appUrl)) await page.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('grid').first().waitFor();
    await page.close();
    await measure('file manager', files, { disableStorageReset: true });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  return figures;
}
