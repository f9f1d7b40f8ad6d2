/**
 * task_list `filter` and `orderby` (docs/protocol/tasks.md#task-list): clauses joined by `/`, e.g.
 * `type:TRANSFER,DELETE/status:ACTIVE/label:~report-*` plus `request_time:2024-01-01,` — list values are
 * comma-joined; label takes `~` (glob, case-insensitive), `!~`, `=`, `!` (or a bare value = exact);
 * time ranges take `start,end` with either bound empty. orderby: `field [ASC|DESC]`, comma-joined.
 */
import { globToRegExp } from './filter-rules';
import type { Task } from './task-model';

export class TaskQueryError extends Error {}

type Predicate = (t: Task) => boolean;

function parseTime(raw: string, field: string): number | null {
  if (raw === '') return null;
  const iso = /^\d{4}-\d\d-\d\d$/.test(raw)
    ? raw + 'T00:00:00Z'
    : raw.replace(' ', 'T').replace(/(T\d\d:\d\d:\d\d(\.\d+)?)$/, '$1Z');
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new TaskQueryError(`Invalid ${field} bound '${raw}'`);
  return t / 1000;
}

function labelPredicate(v: string): Predicate {
  const neg = v.startsWith('!');
  const rest = neg ? v.slice(1) : v;
  let test: (l: string | null) => boolean;
  if (rest.startsWith('~')) {
    const re = globToRegExp(rest.slice(1), 'i');
    test = (l) => l !== null && re.test(l);
  } else {
    const exact = rest.startsWith('=') ? rest.slice(1) : rest;
    test = (l) => l === exact;
  }
  return neg ? (t) => !test(t.label) : (t) => test(t.label);
}

export function taskFilter(filter: string | undefined): Predicate {
  if (!filter) return () => true;
  const preds: Predicate[] = [];
  for (const clause of filter.split('/')) {
    if (clause === '') continue;
    const i = clause.indexOf(':');
    if (i < 0) throw new TaskQueryError(`Invalid filter clause '${clause}'`);
    const field = clause.slice(0, i);
    const value = clause.slice(i + 1);
    const list = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    switch (field) {
      case 'task_id':
        preds.push((t) => list.map((s) => s.toLowerCase()).includes(t.id));
        break;
      case 'type':
        for (const v of list) if (v !== 'TRANSFER' && v !== 'DELETE') throw new TaskQueryError(`Invalid type '${v}'`);
        preds.push((t) => list.includes(t.type));
        break;
      case 'status':
        for (const v of list)
          if (!['ACTIVE', 'INACTIVE', 'SUCCEEDED', 'FAILED'].includes(v))
            throw new TaskQueryError(`Invalid status '${v}'`);
        preds.push((t) => list.includes(t.status));
        break;
      case 'label':
        preds.push(labelPredicate(value));
        break;
      case 'request_time':
      case 'completion_time': {
        const [a = '', b = ''] = value.split(',');
        const from = parseTime(a.trim(), field);
        const to = parseTime(b.trim(), field);
        const get =
          field === 'request_time'
            ? (t: Task) => Math.floor(t.requestTime)
            : (t: Task) => (t.completionTime === null ? null : Math.floor(t.completionTime));
        preds.push((t) => {
          const v = get(t);
          return v !== null && (from === null || v >= from) && (to === null || v <= to);
        });
        break;
      }
      default:
        throw new TaskQueryError(`Unsupported filter field '${field}'`);
    }
  }
  return (t) => preds.every((p) => p(t));
}

const SORT_KEYS: Record<string, (t: Task) => string | number | null> = {
  request_time: (t) => t.requestTime,
  completion_time: (t) => t.completionTime,
  deadline: (t) => t.deadline,
  label: (t) => t.label,
  status: (t) => t.status,
  type: (t) => t.type,
  task_id: (t) => t.id,
  bytes_transferred: (t) => t.counters.bytesTransferred,
  files: (t) => t.counters.files,
};

export function taskOrder(orderby: string | undefined): (a: Task, b: Task) => number {
  const spec = (orderby ?? 'request_time DESC')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const [field = '', dir = 'ASC'] = part.split(/\s+/);
      const key = SORT_KEYS[field];
      if (!key || !/^(ASC|DESC)$/i.test(dir)) throw new TaskQueryError(`Invalid orderby '${part}'`);
      return { key, sign: dir.toUpperCase() === 'DESC' ? -1 : 1 };
    });
  return (a, b) => {
    for (const { key, sign } of spec) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * sign;
    }
    return 0;
  };
}
