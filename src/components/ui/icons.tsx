/** Tiny inline icons (no icon library: each would cost more than these few paths). Decorative only. */
type IconProps = { className?: string };

const base = 'size-4 shrink-0';

export function FolderIcon({ className = '' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`${base} ${className}`}>
      <path
        fill="currentColor"
        d="M1.5 3.5A1.5 1.5 0 0 1 3 2h3.2c.4 0 .8.2 1.1.5L8.4 3.6H13A1.5 1.5 0 0 1 14.5 5v7.5A1.5 1.5 0 0 1 13 14H3a1.5 1.5 0 0 1-1.5-1.5z"
      />
    </svg>
  );
}

export function FileIcon({ className = '' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`${base} ${className}`}>
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="1.2"
        d="M4 1.6h5.2L12.4 4.8v9a.6.6 0 0 1-.6.6H4a.6.6 0 0 1-.6-.6V2.2a.6.6 0 0 1 .6-.6zM9 1.8V5h3.2"
      />
    </svg>
  );
}

export function ArrowUpIcon({ className = '' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`${base} ${className}`}>
      <path fill="none" stroke="currentColor" strokeWidth="1.6" d="M8 13V3M3.5 7.5 8 3l4.5 4.5" />
    </svg>
  );
}

export function RefreshIcon({ className = '' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`${base} ${className}`}>
      <path fill="none" stroke="currentColor" strokeWidth="1.5" d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5V5h-2.5" />
    </svg>
  );
}

export function SortIcon({ dir }: { dir: 'asc' | 'desc' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 shrink-0">
      <path fill="currentColor" d={dir === 'asc' ? 'M8 4l4 6H4z' : 'M8 12l4-6H4z'} />
    </svg>
  );
}
