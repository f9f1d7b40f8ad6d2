/** The last segment of a folder path, for a bookmark's default name: `/share/godata/` → `godata`. */
export function folderName(path: string, fallback: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== '~');
  return segments.at(-1) ?? fallback;
}
