import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';
import { SharesPage } from '@/features/sharing/components/shares-page';

setUpComponentTests();

const guest = (i: number) => ({
  DATA_TYPE: 'endpoint',
  id: `g-${i}`,
  display_name: `Share ${i}`,
  entity_type: 'GCSv5_guest_collection',
});

/** `total` guest collections, answered 100 per page as endpoint_search does; `failAt` refuses that offset once. */
function renderShares(total: number, failAt?: number) {
  let failed = false;
  const fake = createFakeHttp([
    {
      path: 'endpoint_search',
      reply: (req) => {
        const offset = Number(req.query?.offset ?? 0);
        const limit = Number(req.query?.limit);
        if (offset === failAt && !failed) {
          failed = true;
          return httpError(503, { code: 'ServiceUnavailable', message: 'busy' });
        }
        const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
        return {
          DATA_TYPE: 'endpoint_list',
          offset,
          limit,
          has_next_page: offset + limit < total,
          DATA: ids.map(guest),
        };
      },
    },
  ]);
  renderWithServices({ http: fake.http, element: <SharesPage /> });
  return fake;
}

const shown = () => within(screen.getByRole('list', { name: 'My guest collections' })).getAllByRole('listitem').length;

describe('SharesPage paging', () => {
  it('lists past the first 100: Load more asks for the next page until there is none', async () => {
    const fake = renderShares(230);
    await screen.findByRole('link', { name: 'Share 0' });
    expect(shown()).toBe(100);
    expect(screen.getByText('Showing the first 100 of your guest collections.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('link', { name: 'Share 199' });
    expect(shown()).toBe(200);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('link', { name: 'Share 229' });
    expect(shown()).toBe(230);
    expect(screen.getByText('230 guest collections.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(fake.calls.map((c) => [c.query?.filter_scope, c.query?.offset ?? 0, c.query?.limit])).toEqual([
      ['shared-by-me', 0, 100],
      ['shared-by-me', 100, 100],
      ['shared-by-me', 200, 100],
    ]);
  });

  it('a page that fails keeps what was listed and can be asked again', async () => {
    renderShares(150, 100);
    await screen.findByRole('link', { name: 'Share 0' });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not load more/);
    expect(shown()).toBe(100);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('link', { name: 'Share 149' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stops at the 1000 results search can reach, and says so', async () => {
    renderShares(1200);
    await screen.findByRole('link', { name: 'Share 0' });
    for (let page = 1; page < 10; page += 1) {
      await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
      // By text: a role query re-run on every change over up to 1000 links outlasts the limit on a busy machine.
      await screen.findByText(`Share ${page * 100 + 99}`, { selector: 'a' });
    }
    expect(shown()).toBe(1000);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Showing the first 1,000 .* no more than this/);
  }, 60_000);
});

describe('SharesPage actions', () => {
  it('offers each guest collection’s access rules under an action named for it', async () => {
    renderShares(2);
    const manage = await screen.findByRole('link', { name: 'Manage access to Share 1' });
    expect(manage.getAttribute('href')).toBe(screen.getByRole('link', { name: 'Share 1' }).getAttribute('href'));
    expect(manage.getAttribute('href')).toContain('/collections/g-1/permissions');
  });
});
