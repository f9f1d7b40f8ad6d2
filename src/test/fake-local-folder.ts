// An in-memory stand-in for the File System Access handles a picked folder gives (happy-dom has none):
// enough of getDirectoryHandle, getFileHandle, removeEntry, values, move and the permission calls.
type Tree = { [name: string]: Tree | { size: number; lastModified: number } };
type Node = FakeFolder | FakeFile;

const domError = (name: string, message: string) => new DOMException(message, name);

abstract class FakeHandle {
  abstract readonly kind: 'file' | 'directory';
  parent: FakeFolder | null = null;
  constructor(public name: string) {}
  isSameEntry(other: unknown) {
    return Promise.resolve(other === this);
  }
  permission: PermissionState = 'granted';
  queryPermission() {
    return Promise.resolve(this.root().permission);
  }
  requestPermission() {
    const root = this.root();
    root.permission = root.grantOnRequest ? 'granted' : 'denied';
    return Promise.resolve(root.permission);
  }
  grantOnRequest = true;
  move(newName: string) {
    const parent = this.parent;
    if (!parent) return Promise.reject(domError('InvalidModificationError', 'the root cannot move'));
    parent.children.delete(this.name);
    this.name = newName;
    parent.children.set(newName, this as unknown as Node);
    return Promise.resolve();
  }
  root(): FakeHandle {
    return this.parent ? this.parent.root() : this;
  }
}

export class FakeFile extends FakeHandle {
  readonly kind = 'file';
  constructor(
    name: string,
    readonly size: number,
    readonly lastModified: number,
  ) {
    super(name);
  }
  getFile() {
    return Promise.resolve({ size: this.size, lastModified: this.lastModified });
  }
}

export class FakeFolder extends FakeHandle {
  readonly kind = 'directory';
  children = new Map<string, Node>();
  /** Set to make every call fail as a browser does once the permission is gone. */
  revoked = false;

  private check() {
    if (this.root() instanceof FakeFolder && (this.root() as FakeFolder).revoked)
      throw domError('NotAllowedError', 'permission revoked');
  }
  private child(name: string, kind: Node['kind'], create: boolean, make: () => Node): Promise<Node> {
    this.check();
    const found = this.children.get(name);
    if (found && found.kind !== kind) return Promise.reject(domError('TypeMismatchError', name));
    if (found) return Promise.resolve(found);
    if (!create) return Promise.reject(domError('NotFoundError', name));
    const made = make();
    made.parent = this;
    this.children.set(name, made);
    return Promise.resolve(made);
  }
  getDirectoryHandle(name: string, opts?: { create?: boolean }) {
    return this.child(name, 'directory', Boolean(opts?.create), () => new FakeFolder(name));
  }
  getFileHandle(name: string, opts?: { create?: boolean }) {
    return this.child(name, 'file', Boolean(opts?.create), () => new FakeFile(name, 0, 0));
  }
  removeEntry(name: string, opts?: { recursive?: boolean }) {
    this.check();
    const found = this.children.get(name);
    if (!found) return Promise.reject(domError('NotFoundError', name));
    if (found.kind === 'directory' && found.children.size && !opts?.recursive)
      return Promise.reject(domError('InvalidModificationError', 'not empty'));
    this.children.delete(name);
    return Promise.resolve();
  }
  values(): AsyncIterable<Node> {
    this.check();
    const nodes = [...this.children.values()];
    let i = 0;
    const next = () =>
      Promise.resolve(
        i < nodes.length ? { value: nodes[i++]!, done: false as const } : { value: undefined, done: true as const },
      );
    return { [Symbol.asyncIterator]: () => ({ next }) };
  }
}

/** A folder from a plain description: `{ 'a b': { 'x#1.txt': { size: 3, lastModified: 0 } } }`. */
export function fakeFolder(name: string, tree: Tree): FakeFolder {
  const folder = new FakeFolder(name);
  for (const [childName, value] of Object.entries(tree)) {
    const child: Node =
      'size' in value && typeof value.size === 'number'
        ? new FakeFile(childName, value.size, value.lastModified as number)
        : fakeFolder(childName, value as Tree);
    child.parent = folder;
    folder.children.set(childName, child);
  }
  return folder;
}

/** The fake as the DOM type the app's code takes. */
export const asHandle = (folder: FakeFolder) => folder as unknown as FileSystemDirectoryHandle;
