// An in-memory folder with the File System Access calls the copy uses (listing, handles, remove).
type Node = { [name: string]: string | Node };

const notFound = () => new DOMException('not found', 'NotFoundError');

export function fakeDirectory(name: string, tree: Node): FileSystemDirectoryHandle {
  const dir = {
    kind: 'directory' as const,
    name,
    getDirectoryHandle: (child: string, opts: { create?: boolean } = {}) => {
      let node = tree[child];
      if (node === undefined && opts.create) node = tree[child] = {};
      if (node === undefined) return Promise.reject(notFound());
      if (typeof node === 'string') return Promise.reject(new DOMException('a file', 'TypeMismatchError'));
      return Promise.resolve(fakeDirectory(child, node));
    },
    getFileHandle: (child: string, opts: { create?: boolean } = {}) => {
      if (child.includes(':')) return Promise.reject(new TypeError('Name is not allowed.'));
      if (tree[child] === undefined && opts.create) tree[child] = '';
      const node = tree[child];
      if (node === undefined) return Promise.reject(notFound());
      if (typeof node !== 'string') return Promise.reject(new DOMException('a folder', 'TypeMismatchError'));
      return Promise.resolve({
        kind: 'file',
        name: child,
        getFile: () => Promise.resolve(new File([tree[child] as string], child)),
      });
    },
    removeEntry: (child: string) => {
      if (!(child in tree)) return Promise.reject(notFound());
      delete tree[child];
      return Promise.resolve();
    },
    async *values() {
      for (const key of Object.keys(tree)) {
        const node = tree[key]!;
        yield typeof node === 'string' ? await dir.getFileHandle(key) : await dir.getDirectoryHandle(key);
      }
    },
  };
  return dir as unknown as FileSystemDirectoryHandle;
}
