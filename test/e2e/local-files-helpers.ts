/**
 * Local folders in browser tests (and the bench): trees in Chromium's origin-private file system (OPFS) stand in
 * for folders on this computer, a stubbed `showDirectoryPicker` hands one to the app, and both sides of a copy
 * read back as `{path, size, sha256}` lists so a test can assert a byte-identical round trip.
 *
 * Names: OPFS refuses '/' and '\' inside a name (and '.', '..'), as local disks do; collections allow '\' and
 * more (see LOCAL_REFUSED_NAMES). Everything else here — spaces, unicode, '#', '%', '?' — works on both sides.
 */
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { seededBytes } from '../emulator/vfs/content';

/** Generated content: `line\n` repeated to `size` bytes — the emulator's seeded-file format (see vfs/content.ts). */
export type GeneratedFile = { size: number; line: string };
/** A folder: names to sub-folders (objects), text files (strings) or generated files. */
export interface LocalTreeSpec {
  [name: string]: LocalTreeSpec | string | GeneratedFile;
}

export interface TreeFile {
  path: string;
  size: number;
  sha256: string;
}
/** Files and folders under a folder, paths relative to it ('a/b.txt'), each list sorted by code point. */
export interface TreeListing {
  files: TreeFile[];
  folders: string[];
}

/** A tree with the names users trip over; every one is legal both in OPFS and on a collection. */
export const AWKWARD_TREE: LocalTreeSpec = {
  'with space.txt': 'spaces\n',
  'hash #1 & plus+.txt': 'hash\n',
  'percent %41 %.txt': 'percent\n',
  'question ?.txt': 'question\n',
  'Ωmega ü 数据 🚀': {
    'nested deeper': { 'empty folder': {}, 'leaf.csv': 'a,b\n1,2\n' },
    'generated.dat': { size: 300_000, line: 'generated line' },
  },
  '.hidden': 'dot file\n',
  'empty.txt': '',
};

/** Names a collection may hold but OPFS (like most local disks) refuses. */
export const LOCAL_REFUSED_NAMES = ['back\\slash.txt', '.', '..'];

const isGenerated = (v: LocalTreeSpec[string]): v is GeneratedFile =>
  typeof v === 'object' &&
  typeof (v as GeneratedFile).size === 'number' &&
  typeof (v as GeneratedFile).line === 'string';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The listing a spec should read back as (computed here in Node). */
export function expectedListing(spec: LocalTreeSpec): TreeListing {
  const files: TreeFile[] = [];
  const folders: string[] = [];
  const walk = (dir: LocalTreeSpec, prefix: string) => {
    for (const [name, value] of Object.entries(dir)) {
      const path = prefix + name;
      if (typeof value === 'string' || isGenerated(value)) {
        const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : seededBytes(value.line, value.size);
        files.push({ path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      } else {
        folders.push(path);
        walk(value, path + '/');
      }
    }
  };
  walk(spec, '');
  return { files: files.sort((a, b) => byCodePoint(a.path, b.path)), folders: folders.sort(byCodePoint) };
}

/**
 * Makes `spec` under OPFS folder `folder` ('a/b' allowed), replacing what was there. Generated files are written
 * in 1 MiB pieces, so a 1 GB file needs no 1 GB buffer in the page.
 */
export async function createOpfsTree(page: Page, folder: string, spec: LocalTreeSpec): Promise<void> {
  await page.evaluate(
    async ({ folder, spec }) => {
      type Spec = { [name: string]: Spec | string | { size: number; line: string } };
      const encoder = new TextEncoder();
      let dir = await navigator.storage.getDirectory();
      const parts = folder.split('/').filter((s) => s !== '');
      for (const [i, name] of parts.entries()) {
        if (i === parts.length - 1) await dir.removeEntry(name, { recursive: true }).catch(() => {});
        dir = await dir.getDirectoryHandle(name, { create: true });
      }
      const writeGenerated = async (w: FileSystemWritableFileStream, size: number, line: string) => {
        const unit = encoder.encode(line + '\n');
        const piece = 1024 * 1024;
        const pattern = new Uint8Array(piece + unit.length);
        for (let i = 0; i < pattern.length; i++) pattern[i] = unit[i % unit.length]!;
        for (let at = 0; at < size; at += piece) {
          const phase = at % unit.length;
          await w.write(pattern.slice(phase, phase + Math.min(piece, size - at)));
        }
      };
      const build = async (handle: FileSystemDirectoryHandle, node: Spec) => {
        for (const [name, value] of Object.entries(node)) {
          if (typeof value === 'string' || typeof value.size === 'number') {
            const file = await handle.getFileHandle(name, { create: true });
            const w = await file.createWritable();
            if (typeof value === 'string') await w.write(encoder.encode(value));
            else await writeGenerated(w, value.size as number, value.line as string);
            await w.close();
          } else await build(await handle.getDirectoryHandle(name, { create: true }), value as Spec);
        }
      };
      await build(dir, spec);
    },
    { folder, spec },
  );
}

/** Reads an OPFS folder back (each file is read whole while it is hashed: fine up to about 1 GB). */
export async function readOpfsTree(page: Page, folder: string): Promise<TreeListing> {
  return page.evaluate(async (folder) => {
    let dir = await navigator.storage.getDirectory();
    for (const name of folder.split('/').filter((s) => s !== '')) dir = await dir.getDirectoryHandle(name);
    const files: { path: string; size: number; sha256: string }[] = [];
    const folders: string[] = [];
    const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const walk = async (handle: FileSystemDirectoryHandle, prefix: string) => {
      // entries() is in Chromium but not yet in TypeScript's DOM library.
      const entries = (handle as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries();
      for await (const [name, child] of entries) {
        const path = prefix + name;
        if (child.kind === 'directory') {
          folders.push(path);
          await walk(child as FileSystemDirectoryHandle, path + '/');
        } else {
          const file = await (child as FileSystemFileHandle).getFile();
          const sha256 = hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
          files.push({ path, size: file.size, sha256 });
        }
      }
    };
    await walk(dir, '');
    const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return { files: files.sort((a, b) => byCodePoint(a.path, b.path)), folders: folders.sort(byCodePoint) };
  }, folder);
}

/**
 * Test-only: makes `window.showDirectoryPicker` resolve to OPFS folder `folder` (made if missing) in every page
 * the page's context loads from now on, or reject with AbortError (the user cancelled) when `folder` is null. Each call
 * counts in `window.__directoryPicks`.
 */
export async function stubDirectoryPicker(target: Page | BrowserContext, folder: string | null): Promise<void> {
  const context = 'context' in target ? target.context() : target;
  await context.addInitScript((folder) => {
    const w = window as unknown as { __directoryPicks: number; showDirectoryPicker: unknown };
    w.__directoryPicks = 0;
    w.showDirectoryPicker = async () => {
      w.__directoryPicks++;
      if (folder === null) throw new DOMException('The user aborted a request.', 'AbortError');
      let dir = await navigator.storage.getDirectory();
      for (const name of folder.split('/').filter((s) => s !== ''))
        dir = await dir.getDirectoryHandle(name, { create: true });
      return dir;
    };
  }, folder);
}

/** The control API call the fixtures give tests (`env.control`). */
type Control = (path: string, body?: unknown, method?: string) => Promise<unknown>;

/** What the emulator holds under a collection folder, in the same shape as readOpfsTree. */
export async function collectionTree(control: Control, collection: string, path: string): Promise<TreeListing> {
  const answer = (await control(`files?${new URLSearchParams({ collection, path })}`)) as TreeListing;
  return { files: answer.files, folders: answer.folders };
}

/** A file of `size` seeded bytes on a collection (parents made); returns its seed (the bytes are `seed\n` repeated). */
export async function makeCollectionFile(
  control: Control,
  file: { collection: string; path: string; size: number; seed?: string },
): Promise<string> {
  return ((await control('files', file)) as { seed: string }).seed;
}

export async function makeCollectionFolder(control: Control, collection: string, path: string): Promise<void> {
  await control('folders', { collection, path });
}
