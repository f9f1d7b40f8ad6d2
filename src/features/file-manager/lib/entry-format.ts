// How a file entry reads in the grid and the details: its kind, date, owner and `ls -l` permissions.
// Sizes, counts and dates themselves come from the shared formatters.
import { formatDateTime, parseTransferTime } from '@/lib/format/dates';

/** The modification time in the user's locale; an unparseable value is shown as Transfer sent it. */
export function formatModified(value: string | null | undefined): string {
  return parseTransferTime(value) ? formatDateTime(value) : (value ?? '');
}

const TYPE_LABELS: Record<string, string> = {
  dir: 'Folder',
  file: 'File',
  invalid_symlink: 'Broken link',
  chr: 'Character device',
  blk: 'Block device',
  pipe: 'Pipe',
  other: 'Other',
};

export function typeLabel(type: string, linkTarget?: string | null): string {
  const base = TYPE_LABELS[type] ?? type;
  return linkTarget && type !== 'invalid_symlink' ? `${base} (link)` : base;
}

/** `ls -l`'s first letter: the link itself, not its target, decides. */
function kindLetter(type: string, linkTarget?: string | null): string {
  if (linkTarget || type === 'invalid_symlink') return 'l';
  return type === 'dir' ? 'd' : type === 'chr' ? 'c' : type === 'blk' ? 'b' : type === 'pipe' ? 'p' : '-';
}

/** Mode bits from Transfer's octal string (`0755`), or null when absent or not octal. */
export function parseMode(permissions: string | null | undefined): number | null {
  if (!permissions || !/^[0-7]{1,7}$/.test(permissions)) return null;
  return parseInt(permissions, 8) & 0o7777;
}

/**
 * `0755` on a folder → `drwxr-xr-x`, as `ls -l` shows it (setuid/setgid/sticky as s/S and t/T).
 * Empty when Transfer did not report permissions.
 */
export function formatPermissions(
  permissions: string | null | undefined,
  type: string,
  linkTarget?: string | null,
): string {
  const mode = parseMode(permissions);
  if (mode === null) return '';
  const triad = (bits: number, special: boolean, mark: string) =>
    (bits & 4 ? 'r' : '-') +
    (bits & 2 ? 'w' : '-') +
    (special ? (bits & 1 ? mark : mark.toUpperCase()) : bits & 1 ? 'x' : '-');
  return (
    kindLetter(type, linkTarget) +
    triad(mode >> 6, Boolean(mode & 0o4000), 's') +
    triad(mode >> 3, Boolean(mode & 0o2000), 's') +
    triad(mode, Boolean(mode & 0o1000), 't')
  );
}

/** The owner column's tooltip: `user:group`, or whichever of the two Transfer reported. */
export function ownerTitle(user: string | null | undefined, group: string | null | undefined): string {
  if (user && group) return `${user}:${group}`;
  return user || (group ? `group ${group}` : '');
}
