/**
 * Gzipped size of the JavaScript the first page loads: the entry script plus every chunk the built
 * index.html preloads. Lazy route chunks are not counted; they load when a user opens that route (the
 * file manager's, which the first script starts loading on every page but the activity pages, included).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstPageSize {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

export async function firstPageJsSize(distDir: string): Promise<FirstPageSize> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) refs.add(m[1]!);
  const files = await Promise.all(
    [...refs].map(async (ref) => {
      const bytes = await readFile(join(distDir, ref.replace(/^\.\//, '')));
      return { file: ref, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
