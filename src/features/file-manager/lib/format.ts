const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;
const sizeFormats = new Map<string, Intl.NumberFormat>();

function sizeFormat(unit: string, digits: number): Intl.NumberFormat {
  const key = `${unit}:${digits}`;
  let f = sizeFormats.get(key);
  if (!f) {
    // Short "byte" reads as "2 byte" in English; the long form pluralises.
    const unitDisplay = unit === 'byte' ? 'long' : 'short';
    f = new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay, maximumFractionDigits: digits });
    sizeFormats.set(key, f);
  }
  return f;
}

/** Decimal (SI) units, as storage vendors and Globus itself report sizes. */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return '';
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < UNITS.length - 1) {
    value /= 1000;
    i += 1;
  }
  return sizeFormat(UNITS[i]!, i === 0 || value >= 100 ? 0 : 1).format(value);
}

/** Transfer writes file times as `2018-04-04 18:30:26+00:00` (space, not `T`); accept both. */
export function parseTransferTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? null : d;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatModified(value: string | null | undefined): string {
  const d = parseTransferTime(value);
  return d ? dateFormat.format(d) : (value ?? '');
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
