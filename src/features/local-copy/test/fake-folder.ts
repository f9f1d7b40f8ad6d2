// An in-memory folder with the File System Access calls the copy uses (listing, handles, writing, remove).
// Text files are strings; written files become byte arrays. A writable fills a swap copy that replaces the
// file on close(), as in Chromium.
import { fakeSwapWritable } from '@/features/local-copy/test/fake-writable';

type Node = { [name: string]: string | Uint8Array | Node };

const bytesOf = (content: string | Uint8Array): Uint8Array<ArrayBuffer> =>
  typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
const isFile = (node: Node[string] | undefined) => typeof node === 'string' || node instanceof Uint8Array;

function fakeFile(tree: Node, name: string) {
  return {
    kind: 'file',
    name,
    getFile: () => Promise.resolve(new File([bytesOf(tree[name] as string | Uint8Array)], name)),
    createWritable: ({ keepExistingData = false } = {}) =>
      Promise.resolve(
        fakeSwapWritable(
          keepExistingData ? bytesOf(tree[name] as string | Uint8Array).slice() : new Uint8Array(),
          (bytes) => void (tree[name] = bytes),
        ),
      ),
  };
}

const notFound = () => new DOMException('not found', 'NotFoundError');

export function fakeDirectory(name: string, tree: Node): FileSystemDirectoryHandle {
  const dir = {
    kind: 'directory' as const,
    name,
    getDirectoryHandle: (child: string, opts: { create?: boolean } = {}) => {
      let node = tree[child];
      if (node === undefined && opts.create) node = tree[child] = {};
      if (node === undefined) return Promise.reject(notFound());
      if (isFile(node)) return Promise.reject(new DOMException('a file', 'TypeMismatchError'));
      return Promise.resolve(fakeDirectory(child, node));
    },
    getFileHandle: (child: string, opts: { create?: boolean } = {}) => {
      if (child.includes(':')) return Promise.reject(new TypeError('Name is not allowed.'));
      if (tree[child] === undefined && opts.create) tree[child] = '';
      const node = tree[child];
      if (node === undefined) return Promise.reject(notFound());
      if (!isFile(node)) return Promise.reject(new DOMException('a folder', 'TypeMismatchError'));
      return Promise.resolve(fakeFile(tree, child));
    },
    removeEntry: (child: string) => {
      if (!(child in tree)) return Promise.reject(notFound());
      delete tree[child];
      return Promise.resolve();
    },
    async *values() {
      for (const key of Object.keys(tree)) {
        const node = tree[key]!;
        yield isFile(node) ? await dir.getFileHandle(key) : await dir.getDirectoryHandle(key);
      }
    },
  };
  return dir as unknown as FileSystemDirectoryHandle;
}
