/**
 * `npm run bench`: builds the app, starts the emulator and headless Chromium, and prints each speed and
 * memory figure (median/min/max of several runs) next to its target. Figures are reported, not asserted.
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

execSync('npx vite build', { stdio: 'ignore' });
const size = await firstPageJsSize('dist');
printFigures('First page', [
  {
    name: 'JavaScript loaded by the first page (gzip)',
    unit: 'KB',
    target: '≤ 130',
    runs: [size.totalGzipBytes / 1024],
  },
]);

printFigures('Emulator', await benchEmulator());

const env = await startBenchEnv();
try {
  printFigures('First listing (Chromium, production build)', await benchFirstListing(env));
  printFigures('File manager (Chromium, production build)', [
    ...(await benchBigFolder(env)),
    ...(await benchLongTasks(env)),
  ]);
  printFigures('Activity (Chromium, production build)', await benchActivity(env));
  printFigures('Collection HTTPS (Chromium against the emulator, production build)', await benchCollectionHttps(env));
  printFigures('Lighthouse (Chromium, production build; one run each)', await benchLighthouse(env));
} finally {
  await env.close();
}
