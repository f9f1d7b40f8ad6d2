// Task list filters: the form state, its URL form (so reloads and shared links keep the place)
// and the `filter` / `orderby` strings task_list takes (docs/protocol/tasks.md#task-list).
import type { TaskStatus, TaskType } from '@/lib/globus/task';

export const ALL_STATUSES: TaskStatus[] = ['ACTIVE', 'INACTIVE', 'SUCCEEDED', 'FAILED'];
export const ALL_TYPES: TaskType[] = ['TRANSFER', 'DELETE'];
export const SORT_FIELDS = ['request_time', 'completion_time', 'label'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const PAGE_SIZES = [100, 250, 1000] as const;
/** task_list serves at most this many results per query, however it is paged (docs/protocol/transfer.md#paging). */
export const LIST_CAP = 1000;

export interface TaskFilters {
  statuses: TaskStatus[];
  types: TaskType[];
  label: string;
  /** `YYYY-MM-DD`, inclusive, interpreted in UTC. */
  from: string;
  to: string;
  sort: SortField;
  dir: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

export const DEFAULT_FILTERS: TaskFilters = {
  statuses: [],
  types: [],
  label: '',
  from: '',
  to: '',
  sort: 'request_time',
  dir: 'DESC',
  offset: 0,
  limit: 100,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Characters that would change the filter's meaning (glob metacharacters, the clause and list
 * separators) become `?`, which still matches them, so the search stays a plain substring search.
 */
function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]/,]/g, '?');
}

export function buildTaskFilter(f: Pick<TaskFilters, 'statuses' | 'types' | 'label' | 'from' | 'to'>): string {
  const clauses: string[] = [];
  clauses.push(`type:${(f.types.length ? f.types : ALL_TYPES).join(',')}`);
  if (f.statuses.length) clauses.push(`status:${f.statuses.join(',')}`);
  const label = f.label.trim();
  if (label) clauses.push(`label:~*${escapeGlob(label)}*`);
  const from = DATE.test(f.from) ? `${f.from} 00:00:00` : '';
  const to = DATE.test(f.to) ? `${f.to} 23:59:59` : '';
  if (from || to) clauses.push(`request_time:${from},${to}`);
  return clauses.join('/');
}

export function buildOrderBy(f: Pick<TaskFilters, 'sort' | 'dir'>): string {
  return `${f.sort} ${f.dir}`;
}

function pickList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function int(value: string | null, fallback: number, min: number, max: number): number {
  const parsed = value == null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

/** Untrusted URL parameters → filters; anything unknown falls back to the default. */
export function filtersFromSearch(params: URLSearchParams): TaskFilters {
  const sort = params.get('sort');
  const limit = int(params.get('limit'), DEFAULT_FILTERS.limit, 1, LIST_CAP);
  return {
    statuses: pickList(params.get('status'), ALL_STATUSES),
    types: pickList(params.get('type'), ALL_TYPES),
    label: params.get('q') ?? '',
    from: DATE.test(params.get('from') ?? '') ? params.get('from')! : '',
    to: DATE.test(params.get('to') ?? '') ? params.get('to')! : '',
    sort: (SORT_FIELDS as readonly string[]).includes(sort ?? '') ? (sort as SortField) : DEFAULT_FILTERS.sort,
    dir: params.get('dir') === 'ASC' ? 'ASC' : 'DESC',
    offset: int(params.get('offset'), 0, 0, LIST_CAP - 1),
    limit,
  };
}

export function filtersToSearch(f: TaskFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.statuses.length) p.set('status', f.statuses.join(','));
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.label) p.set('q', f.label);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.sort !== DEFAULT_FILTERS.sort) p.set('sort', f.sort);
  if (f.dir !== DEFAULT_FILTERS.dir) p.set('dir', f.dir);
  if (f.offset) p.set('offset', String(f.offset));
  if (f.limit !== DEFAULT_FILTERS.limit) p.set('limit', String(f.limit));
  return p;
}

/** The page's limit, shrunk so offset + limit never passes the API cap. */
export function effectiveLimit(f: Pick<TaskFilters, 'offset' | 'limit'>): number {
  return Math.max(1, Math.min(f.limit, LIST_CAP - f.offset));
}
