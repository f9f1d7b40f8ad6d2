/**
 * `npm run bench`: builds the app, starts the emulator and headless Chromium, and prints each speed and
 * memory figure (median/min/max of several runs) next to its target. Figures are reported, not asserted.
 * `npm run bench -- <section>…` runs only the named sections (first-page, emulator, first-listing,
 * file-manager, activity, https, lighthouse), for checking one figure without the whole run.
 */
import { execSync } from 'node:child_process';
import { firstPageJsSize } from './bench/first-page-size';
import { benchEmulator } from './bench/emulator';
import { startBenchEnv } from './bench/harness';
import { benchBigFolder } from './bench/big-folder';
import { benchActivity } from './bench/activity';
import { benchFirstListing } from './bench/first-listing';
import { benchLongTasks } from './bench/long-tasks';
import { benchLighthouse } from './bench/lighthouse';
import { printFigures } from './bench/report';
import { benchCollectionHttps } from './bench/collection-https';

const SECTIONS = ['first-page', 'emulator', 'first-listing', 'file-manager', 'activity', 'https', 'lighthouse'];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SECTIONS.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench section: ${unknown.join(', ')}. Sections: ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const runs = (section: string) => asked.length === 0 || asked.includes(section);

execSync('npx vite build', { stdio: 'ignore' });
if (runs('first-page')) {
  const size = await firstPageJsSize('dist');
  printFigures('First page', [
    {
      name: 'JavaScript loaded by the first page (gzip)',
      unit: 'KB',
      target: '≤ 130',
      runs: [size.totalGzipBytes / 1024],
    },
  ]);
}

if (runs('emulator')) printFigures('Emulator', await benchEmulator());

const browserSections = SECTIONS.slice(2);
if (browserSections.some(runs)) {
  const env = await startBenchEnv();
  try {
    if (runs('first-listing')) {
      printFigures('First listing (Chromium, production build)', await benchFirstListing(env));
    }
    if (runs('file-manager')) {
      printFigures('File manager (Chromium, production build)', [
        ...(await benchBigFolder(env)),
        ...(await benchLongTasks(env)),
      ]);
    }
    if (runs('activity')) printFigures('Activity (Chromium, production build)', await benchActivity(env));
    if (runs('https')) {
      printFigures(
        'Collection HTTPS (Chromium against the emulator, production build)',
        await benchCollectionHttps(env),
      );
    }
    if (runs('lighthouse')) {
      printFigures('Lighthouse (Chromium, production build; three runs each)', await benchLighthouse(env));
    }
  } finally {
    await env.close();
  }
}
