/**
 * Collection HTTPS figures: raw single-stream throughput (https-throughput.ts), then the app's copy queue measured
 * against it (copy-queue.ts). `npm run bench` calls benchCollectionHttps(); run alone (after `npx vite build`) with
 * `npx tsx scripts/bench/collection-https.ts`.
 */
import { benchCopyQueue } from './copy-queue';
import { startBenchEnv, type BenchEnv } from './harness';
import { benchRawHttps } from './https-throughput';
import { printFigures, type Figure } from './report';

export async function benchCollectionHttps(env: BenchEnv): Promise<Figure[]> {
  const { figures, raw } = await benchRawHttps(env);
  return [...figures, ...(await benchCopyQueue(env, raw))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = await startBenchEnv();
  try {
    printFigures('Collection HTTPS (Chromium against the emulator, production build)', await benchCollectionHttps(env));
  } finally {
    await env.close();
  }
}
