// An event's `details` for people (docs/protocol/tasks.md#task-events): Transfer sends JSON text (STARTED's
// concurrency and parallelism, per-file records) or a GridFTP error dump. JSON becomes labelled fields; a dump
// keeps its readable head. What was cut stays available as the raw text.
import { formatCount, formatSize } from '@/lib/format/numbers';

export interface ReadableDetails {
  fields: { label: string; value: string }[] | null;
  text: string | null;
  /** The details exactly as Transfer sent them, when what is shown differs. */
  raw: string | null;
}

const LABELS: Record<string, string> = {
  type: 'Kind',
  concurrency: 'Concurrent files',
  parallelism: 'Streams per file',
  pipelining: 'Pipelined commands',
  bytes_transferred: 'Transferred',
  files_transferred: 'Files transferred',
  source_path: 'From',
  destination_path: 'To',
  checksum_verified: 'Checksum verified',
};

const label = (key: string) => LABELS[key] ?? (key.charAt(0).toUpperCase() + key.slice(1)).replace(/_/g, ' ');

function value(key: string, v: unknown): string {
  if (v == null) return '—';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'number') return /bytes|size/.test(key) ? formatSize(v) : formatCount(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

function asObject(details: string): Record<string, unknown> | null {
  if (!details.trimStart().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function readableDetails(details: string | null | undefined): ReadableDetails {
  if (!details?.trim()) return { fields: null, text: null, raw: null };
  const obj = asObject(details);
  if (obj) {
    const fields = Object.entries(obj).map(([k, v]) => ({ label: label(k), value: value(k, v) }));
    return { fields, text: null, raw: details };
  }
  // A GridFTP dump: the part above "---" reads well; below it are protocol lines with escaped CRLFs.
  const cut = details.indexOf('\n---');
  const text = (cut >= 0 ? details.slice(0, cut) : details).trim();
  return { fields: null, text, raw: text === details.trim() ? null : details };
}
