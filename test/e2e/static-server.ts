/**
 * Serves the production build from a sub-folder of a plain static host, the way a deployer would
 * publish it, with its own config.json. Nothing here knows about the app beyond "files in dist/".
 * Text files go out gzipped to a browser that accepts it, as GitHub Pages, S3 behind a CDN and other
 * static hosts send them: what a page load downloads (and what Lighthouse's slow-network figures
 * simulate) is then what users download.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const gzipped = promisify(gzip);
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** Absolute URL of the app folder, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(opts: {
  root: string;
  mountPath: string; // e.g. '/portal/data/'
  /** A function when the config is only known once the site's own URL is (a redirect URI names it). */
  config: object | (() => object);
  port?: number;
}): Promise<StaticSite> {
  const mount = opts.mountPath.endsWith('/') ? opts.mountPath : `${opts.mountPath}/`;
  const compressed = new Map<string, { version: string; body: Promise<Buffer> }>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    const rel = pathname.slice(mount.length) || 'index.html';
    if (rel === 'config.json') {
      res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(typeof opts.config === 'function' ? opts.config() : opts.config));
      return;
    }
    const file = normalize(join(opts.root, rel));
    if (!file.startsWith(normalize(opts.root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compressible = COMPRESSED.has(extname(file));
      if (!compressible || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, compressible ? { 'Content-Type': type, Vary: 'Accept-Encoding' } : { 'Content-Type': type });
        res.end(await readFile(file));
        return;
      }
      // Compressed once per version of the file: a rebuild while the server runs replaces it.
      const version = `${info.mtimeMs}:${info.size}`;
      let kept = compressed.get(file);
      if (kept?.version !== version) {
        const entry = { version, body: readFile(file).then((raw) => gzipped(raw)) };
        compressed.set(file, entry);
        entry.body.catch(() => compressed.get(file) === entry && compressed.delete(file));
        kept = entry;
      }
      res.writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding', 'Content-Encoding': 'gzip' });
      res.end(await kept.body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const server: Server = createServer((req, res) => {
    // A path that is not valid percent-encoding, for one, is the client's mistake.
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
