import { describe, expect, it } from 'vitest';
import {
  collectPages,
  nextLastKey,
  nextMarker,
  nextOffsetHasNextPage,
  nextOffsetTotal,
  type OffsetHasNextPage,
  type OffsetTotal,
} from '@/lib/globus/paging';

type Envelope<T> = { response_body: T; query?: Record<string, string> };
const fx = import.meta.glob<Envelope<unknown>>('/test/fixtures/globus-api/*.json', { eager: true, import: 'default' });
const body = <T>(name: string) => (fx[`/test/fixtures/globus-api/${name}.json`] as Envelope<T>).response_body;

describe('paging', () => {
  it('walks endpoint_search pages by has_next_page', async () => {
    const pages = ['page1', 'page2', 'page3'].map((p) =>
      body<OffsetHasNextPage & { DATA: unknown[] }>(`transfer.endpoint_search.paged.${p}`),
    );
    const offsets: (number | undefined)[] = [];
    const seen = [];
    for await (const page of collectPages(
      async (offset: number | undefined) => {
        offsets.push(offset);
        return pages[(offset ?? 0) / 100]!;
      },
      (p) => nextOffsetHasNextPage(p),
    ))
      seen.push(page);
    expect(offsets).toEqual([undefined, 100, 200]);
    expect(seen.flatMap((p) => p.DATA)).toHaveLength(300);
  });

  it('caps endpoint_search at 1000 results', () => {
    expect(nextOffsetHasNextPage({ offset: 900, limit: 100, has_next_page: true })).toBeUndefined();
    expect(nextOffsetHasNextPage({ offset: 800, limit: 100, has_next_page: true })).toBe(900);
  });

  it('uses offset/total for task_list', () => {
    const page1 = body<OffsetTotal>('transfer.task_list.paged.page1');
    const page2 = body<OffsetTotal>('transfer.task_list.paged.page2');
    expect(nextOffsetTotal(page1)).toBe(100);
    expect(nextOffsetTotal(page2)).toBeUndefined();
  });

  it('follows markers and last keys', () => {
    expect(nextMarker(body('transfer.endpoint_manager_task_successful_transfers'))).toBe(93979);
    expect(nextMarker({ next_marker: null })).toBeUndefined();
    expect(nextLastKey({ last_key: 'k', has_next_page: true })).toBe('k');
    expect(nextLastKey({ last_key: 'k', has_next_page: false })).toBeUndefined();
  });
});
