import { describe, expect, it } from 'vitest';
import {
  buildOrderBy,
  buildTaskFilter,
  DEFAULT_FILTERS,
  effectiveLimit,
  filtersFromSearch,
  filtersToSearch,
} from '@/features/activity/model/task-filters';

const base = { statuses: [], types: [], label: '', from: '', to: '' };

describe('buildTaskFilter (task_list filter syntax)', () => {
  it('always names the task types and adds only the clauses in use', () => {
    expect(buildTaskFilter(base)).toBe('type:TRANSFER,DELETE');
    expect(buildTaskFilter({ ...base, types: ['DELETE'], statuses: ['ACTIVE', 'INACTIVE'] })).toBe(
      'type:DELETE/status:ACTIVE,INACTIVE',
    );
  });
  it('searches labels case-insensitively by glob and dates as a request_time range', () => {
    expect(buildTaskFilter({ ...base, label: ' nightly ', from: '2024-01-01', to: '2024-01-31' })).toBe(
      'type:TRANSFER,DELETE/label:~*nightly*/request_time:2024-01-01 00:00:00,2024-01-31 23:59:59',
    );
    expect(buildTaskFilter({ ...base, from: '2024-01-01' })).toBe(
      'type:TRANSFER,DELETE/request_time:2024-01-01 00:00:00,',
    );
    expect(buildTaskFilter({ ...base, to: '2024-02-01' })).toBe(
      'type:TRANSFER,DELETE/request_time:,2024-02-01 23:59:59',
    );
  });
  it('cannot be broken out of by the label text', () => {
    expect(buildTaskFilter({ ...base, label: 'a/status:FAILED,b*' })).toBe(
      'type:TRANSFER,DELETE/label:~*a?status:FAILED?b?*',
    );
  });
});

describe('URL round trip', () => {
  it('keeps every filter through the hash query and rejects junk', () => {
    const f = {
      ...DEFAULT_FILTERS,
      statuses: ['FAILED' as const],
      types: ['TRANSFER' as const],
      label: 'run #3',
      from: '2024-01-01',
      sort: 'label' as const,
      dir: 'ASC' as const,
      offset: 200,
      limit: 250,
    };
    expect(filtersFromSearch(filtersToSearch(f))).toEqual(f);
    expect(
      filtersFromSearch(new URLSearchParams('status=BOGUS,ACTIVE&sort=drop&offset=-5&limit=99999&from=yesterday')),
    ).toEqual({
      ...DEFAULT_FILTERS,
      statuses: ['ACTIVE'],
      limit: 1000,
    });
    expect(buildOrderBy(f)).toBe('label ASC');
  });
  it('never asks past the 1,000-result cap', () => {
    expect(effectiveLimit({ offset: 900, limit: 250 })).toBe(100);
    expect(effectiveLimit({ offset: 0, limit: 1000 })).toBe(1000);
  });
});
