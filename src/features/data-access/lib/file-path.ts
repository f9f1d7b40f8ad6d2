/** `folder` + `name` as one raw collection path: `/a/b/` + `c d#1` → `/a/b/c d#1`. */
export function joinPath(folder: string, name: string): string {
  return `${folder.replace(/\/+$/, '')}/${name}`;
}
