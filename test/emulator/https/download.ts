/**
 * GET/HEAD of a file on a collection HTTPS server: the whole file (200) or one `Range` (206, 416 when
 * unsatisfiable), always streamed in chunks (vfs/content.ts) so multi-gigabyte files never sit in memory.
 * `?download` adds Content-Disposition so a navigation saves the file.
 */
import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import { contentStream } from '../vfs/content';
import { baseName } from '../vfs/paths';
import type { FileNode } from '../vfs/tree';

const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv',
  json: 'application/json',
  md: 'text/markdown',
  pdf: 'application/pdf',
  html: 'text/html',
};

function contentType(name: string): string {
  return TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** The single byte range asked for, [start, end] inclusive; 'unsatisfiable', or null for the whole file. */
function requestedRange(header: string | undefined, size: number): [number, number] | 'unsatisfiable' | null {
  const range = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!range || !(range[1] || range[2])) return null;
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(size - 1, Number(range[2])) : size - 1;
  return start >= size || start > end ? 'unsatisfiable' : [start, end];
}

export function serveFile(c: Context<EmuEnv>, path: string, node: FileNode): Response {
  const headers: Record<string, string> = {
    'Content-Type': contentType(baseName(path)),
    'Last-Modified': new Date(node.mtime * 1000).toUTCString(),
    'Accept-Ranges': 'bytes',
  };
  if (c.req.query('download') !== undefined)
    headers['Content-Disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(baseName(path))}`;
  const head = c.req.method === 'HEAD';
  const range = requestedRange(c.req.header('range'), node.size);
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${node.size}` } });
  if (range) {
    const [start, end] = range;
    return new Response(head ? null : contentStream(node.content, node.size, start, end + 1), {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${node.size}`,
        'Content-Length': String(end - start + 1),
      },
    });
  }
  headers['Content-Length'] = String(node.size);
  return new Response(head ? null : contentStream(node.content, node.size), { status: 200, headers });
}
