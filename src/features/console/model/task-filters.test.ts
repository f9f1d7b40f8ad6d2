import { describe, expect, it } from 'vitest';
import {
  filterProblem,
  matchesLocally,
  NO_FILTERS,
  readConsoleFilters,
  toManagerQuery,
  writeConsoleFilters,
} from '@/features/console/model/task-filters';

describe('console task filters', () => {
  it('round-trips through the URL, dropping what is not valid', () => {
    const f = {
      ...NO_FILTERS,
      statuses: ['ACTIVE' as const, 'INACTIVE' as const],
      type: 'DELETE' as const,
      owner: 'alice@example.org',
      label: 'nightly & co',
      completedFrom: '2026-01-02',
      endpoint: 'c-1',
      endpointUse: 'source' as const,
      pausedOnly: true,
    };
    expect(readConsoleFilters(new URLSearchParams(writeConsoleFilters(f)))).toEqual(f);
    expect(readConsoleFilters(new URLSearchParams('status=BOGUS,FAILED&from=yesterday&use=x&type=copy'))).toEqual({
      ...NO_FILTERS,
      statuses: ['FAILED'],
    });
  });

  it('asks Transfer for status, owner id, endpoint use, pause state and a completion window', () => {
    expect(
      toManagerQuery(
        {
          ...NO_FILTERS,
          statuses: ['ACTIVE'],
          owner: 'alice@example.org',
          endpoint: 'c-1',
          endpointUse: 'destination',
          pausedOnly: true,
          completedTo: '2026-03-04',
        },
        'id-alice',
      ),
    ).toEqual({
      filter_status: 'ACTIVE',
      filter_owner_id: 'id-alice',
      filter_endpoint: 'c-1',
      filter_endpoint_use: 'destination',
      filter_is_paused: true,
      filter_completion_time: ',2026-03-04T23:59:59',
    });
    // An endpoint use means nothing without an endpoint.
    expect(toManagerQuery({ ...NO_FILTERS, endpointUse: 'source' }, undefined)).toEqual({});
  });

  it('matches type and label itself, since the administrator route cannot', () => {
    const t = { task_id: 't', type: 'TRANSFER' as const, label: 'Nightly Backup' };
    expect(matchesLocally(t, { ...NO_FILTERS, label: 'nightly' })).toBe(true);
    expect(matchesLocally(t, { ...NO_FILTERS, type: 'DELETE' })).toBe(false);
    expect(matchesLocally({ task_id: 'u', label: null }, { ...NO_FILTERS, label: 'x' })).toBe(false);
  });

  it('refuses a date window that ends before it starts', () => {
    expect(filterProblem({ ...NO_FILTERS, completedFrom: '2026-02-01', completedTo: '2026-01-01' })).toMatch(/after/);
    expect(filterProblem({ ...NO_FILTERS, completedFrom: '2026-01-01', completedTo: '2026-01-01' })).toBeNull();
  });
});
