import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Bookmark } from '@/lib/globus/transfer-types';
import type { GlobusHttp } from '@/lib/globus/http';
import { createFakeHttp, errorFixture, errorFromFixture, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { BookmarkList } from '@/features/bookmarks/components/bookmark-list';
import { BookmarkMenu } from '@/features/bookmarks/components/bookmark-menu';

setUpComponentTests();

const LAB = 'c-lab';
const GONE = '7b123e08-6638-11eb-8282-0275e0cda761';

function world(initial?: Bookmark[]) {
  let bookmarks: Bookmark[] = initial ?? [
    { DATA_TYPE: 'bookmark', id: 'b-1', name: 'Raw data', endpoint_id: LAB, path: '/data/raw/' },
    { DATA_TYPE: 'bookmark', id: 'b-2', name: 'Old storage', endpoint_id: GONE, path: '/' },
    { DATA_TYPE: 'bookmark', id: 'b-3', name: 'Results', endpoint_id: LAB, path: '/data/results/', pinned: true },
  ];
  let next = 10;
  const { http, calls } = createFakeHttp([
    { path: /^bookmark_list$/, reply: () => ({ DATA_TYPE: 'bookmark_list', DATA: bookmarks }) },
    {
      path: /^endpoint\/(.+)$/,
      reply: (_o, m) => {
        if (m[1] === GONE) throw errorFromFixture(errorFixture('endpoint_deleted'));
        return { DATA_TYPE: 'endpoint', id: m[1], display_name: 'Lab Storage', entity_type: 'GCSv5_mapped_collection' };
      },
    },
    {
      method: 'POST',
      path: /^bookmark$/,
      reply: (o) => {
        const body = o.body as { name: string; endpoint_id: string; path: string };
        const b: Bookmark = {
          DATA_TYPE: 'bookmark',
          id: `b-${next++}`,
          name: body.name,
          endpoint_id: body.endpoint_id,
          path: body.path,
        };
        bookmarks = [...bookmarks, b];
        return b;
      },
    },
    {
      method: 'PUT',
      path: /^bookmark\/(.+)$/,
      reply: (o, m) => {
        bookmarks = bookmarks.map((b) => (b.id === m[1] ? { ...b, ...(o.body as object) } : b));
        return bookmarks.find((b) => b.id === m[1]);
      },
    },
    {
      method: 'DELETE',
      path: /^bookmark\/(.+)$/,
      reply: (_o, m) => {
        bookmarks = bookmarks.filter((b) => b.id !== m[1]);
        return { DATA_TYPE: 'result', code: 'Deleted' };
      },
    },
  ]);
  const show = (element: ReactNode) => renderWithServices({ http, element });
  const count = (method: string, path: RegExp) =>
    calls.filter((c) => (c.method ?? 'GET') === method && path.test(c.path)).length;
  return { show, calls, count };
}

describe('BookmarkList', () => {
  it('lists bookmarks pinned first with their collection, one lookup per collection, and opens one', async () => {
    const { show, count } = world();
    const onOpen = vi.fn();
    show(<BookmarkList onOpen={onOpen} />);
    const list = await screen.findByRole('list', { name: 'Bookmarks' });
    await waitFor(() => expect(within(list).getAllByText(/Lab Storage/)).toHaveLength(2));
    const names = within(list)
      .getAllByRole('button', { name: /^Open / })
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Open Results', 'Open Raw data']);
    expect(count('GET', /^endpoint\//)).toBe(2); // LAB once, GONE once
    await userEvent.click(screen.getByRole('button', { name: 'Open Raw data' }));
    expect(onOpen).toHaveBeenCalledWith(LAB, '/data/raw/');
  });

  it('shows a bookmark whose collection was deleted as such, not openable but deletable after confirming', async () => {
    const { show, count } = world();
    show(<BookmarkList onOpen={vi.fn()} />);
    const open = await screen.findByRole('button', { name: 'Old storage (collection was deleted)' });
    expect((open as HTMLButtonElement).disabled).toBe(true);
    expect(open.textContent).toContain('collection was deleted');

    const del = screen.getByRole('button', { name: 'Delete bookmark Old storage' });
    await userEvent.click(del);
    const dialog = screen.getByRole('dialog', { name: 'Delete the bookmark “Old storage”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(del); // focus returns to the opener
    expect(count('DELETE', /bookmark/)).toBe(0);

    await userEvent.click(del);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete bookmark' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Old storage/ })).toBeNull());
    expect(count('DELETE', /^bookmark\/b-2$/)).toBe(1);
    expect(count('GET', /^bookmark_list$/)).toBe(2); // invalidated and refetched
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Bookmarks' })));
  });

  it('renames a bookmark and refreshes the list', async () => {
    const { show, calls } = world();
    show(<BookmarkList onOpen={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename bookmark Raw data' }));
    const input = within(screen.getByRole('dialog', { name: 'Rename the bookmark “Raw data”' })).getByRole('textbox', {
      name: 'Name',
    });
    expect(document.activeElement).toBe(input);
    await userEvent.clear(input);
    await userEvent.type(input, 'Instrument output{Enter}');
    expect(await screen.findByRole('button', { name: 'Open Instrument output' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: 'bookmark/b-1',
      body: { name: 'Instrument output' },
    });
  });

  it('filters by name or path', async () => {
    const { show } = world();
    show(<BookmarkList onOpen={vi.fn()} filter="results" />);
    expect(await screen.findByRole('button', { name: 'Open Results' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open Raw data' })).toBeNull();
  });
});

describe('BookmarkMenu', () => {
  const renderMenu = (show: (element: ReactNode) => unknown, onOpen = vi.fn()) =>
    show(<BookmarkMenu collectionId={LAB} collectionName="Lab Storage" path="/data/Ωmega #1/" onOpen={onOpen} />);

  it('bookmarks the current folder under its folder name and shows it in the list', async () => {
    const { show, calls } = world([]);
    renderMenu(show);
    const toggle = screen.getByRole('button', { name: 'Bookmarks' });
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText(/No bookmarks yet/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Bookmark this folder' }));
    const input = within(screen.getByRole('dialog', { name: 'Bookmark this folder' })).getByRole('textbox', {
      name: 'Name',
    });
    expect((input as HTMLInputElement).value).toBe('Ωmega #1');
    await userEvent.click(screen.getByRole('button', { name: 'Add bookmark' }));
    expect(await screen.findByRole('button', { name: 'Open Ωmega #1' })).toBeTruthy();
    expect(screen.getByText('Bookmark added')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      DATA_TYPE: 'bookmark',
      name: 'Ωmega #1',
      endpoint_id: LAB,
      path: '/data/Ωmega #1/',
    });
  });

  it('shows why creating failed inside the dialog', async () => {
    const failing: GlobusHttp = {
      request: async (o) => {
        if (o.path === 'bookmark_list') return { DATA: [] } as never;
        throw errorFromFixture({
          status: 409,
          response_body: { code: 'Exists', message: "A bookmark named 'x' already exists", request_id: 'r1' },
        });
      },
    };
    renderMenu((element) => renderWithServices({ http: failing, element }));
    await userEvent.click(screen.getByRole('button', { name: 'Bookmarks' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Bookmark this folder' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add bookmark' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toMatch(/already exists/);
  });

  it('opening a bookmark closes the menu and returns focus; Escape does too', async () => {
    const { show } = world();
    const onOpen = vi.fn();
    renderMenu(show, onOpen);
    const toggle = screen.getByRole('button', { name: 'Bookmarks' });
    await userEvent.click(toggle);
    await userEvent.click(await screen.findByRole('button', { name: 'Open Results' }));
    expect(onOpen).toHaveBeenCalledWith(LAB, '/data/results/');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    await userEvent.click(toggle);
    await screen.findByRole('button', { name: 'Open Results' });
    await userEvent.tab();
    await userEvent.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
