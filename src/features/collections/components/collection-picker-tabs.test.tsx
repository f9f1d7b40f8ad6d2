import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { CollectionPicker } from '@/features/collections/components/collection-picker';

setUpComponentTests();

const MINE = {
  id: 'c-9',
  display_name: 'My Laptop',
  entity_type: 'GCP_mapped_collection',
  owner_string: 'ada@uni.edu',
  description: 'Personal',
};

function renderPicker(withBookmarks = true) {
  const { http, calls } = createFakeHttp([
    {
      path: /^endpoint_search$/,
      reply: (opts) => ({
        DATA_TYPE: 'endpoint_list',
        offset: 0,
        limit: 100,
        has_next_page: false,
        DATA:
          opts.query?.filter_scope === 'my-endpoints' &&
          MINE.display_name.toLowerCase().includes(String(opts.query.filter_fulltext ?? '').toLowerCase())
            ? [MINE]
            : [],
      }),
    },
  ]);
  const onChoose = vi.fn();
  const renderBookmarks = vi.fn((filter: string) => <p>Bookmarks filtered by “{filter}”</p>);
  renderWithServices({
    http,
    element: <CollectionPicker onChoose={onChoose} renderBookmarks={withBookmarks ? renderBookmarks : undefined} />,
  });
  return { calls, onChoose, renderBookmarks };
}

const scopes = (calls: { query?: Record<string, unknown> }[]) => calls.map((c) => c.query?.filter_scope);

describe('CollectionPicker scope tabs', () => {
  it('each tab lists its scope without search text, never hiding non-functional filtering', async () => {
    const { calls } = renderPicker();
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual([
      'Search',
      'Recent',
      'Bookmarks',
      'My collections',
      'My personal',
      'Shared with me',
      'Administered by me',
    ]);
    // Before any typing the Search tab suggests: recent first, the user's own when nothing is recent.
    await waitFor(() => expect(scopes(calls)).toEqual(['recently-used', 'my-endpoints']));
    calls.length = 0;

    for (const [name, scope] of [
      ['Recent', 'recently-used'],
      ['My collections', 'my-endpoints'],
      ['My personal', 'my-gcp-endpoints'],
      ['Shared with me', 'shared-with-me'],
      ['Administered by me', 'administered-by-me'],
    ] as const) {
      await userEvent.click(screen.getByRole('tab', { name }));
      await waitFor(() => expect(scopes(calls)).toContain(scope));
    }
    for (const c of calls) {
      expect(c.query).toMatchObject({ filter_non_functional: false });
      expect(c.query).not.toHaveProperty('filter_fulltext');
    }
    expect(await screen.findByText('You administer no collections.')).toBeTruthy();
  });

  it('shows results with owner and type; the text narrows the selected scope', async () => {
    const { calls, onChoose } = renderPicker();
    await userEvent.click(screen.getByRole('tab', { name: 'My collections' }));
    const option = await screen.findByRole('option', { name: /My Laptop/ });
    expect(option.textContent).toContain('ada@uni.edu');
    expect(option.textContent).toContain('Personal collection');
    await userEvent.type(screen.getByRole('combobox', { name: 'Search collections' }), 'lap');
    await waitFor(() =>
      expect(calls.at(-1)?.query).toMatchObject({ filter_scope: 'my-endpoints', filter_fulltext: 'lap' }),
    );
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-9', display_name: 'My Laptop' }));
  });

  it('is keyboard navigable as APG tabs: one Tab stop, arrows, Home and End select and move focus', async () => {
    const { calls } = renderPicker();
    screen.getByRole('combobox', { name: 'Search collections' }).focus();
    await userEvent.tab();
    const search = screen.getByRole('tab', { name: 'Search' });
    expect(document.activeElement).toBe(search);
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toEqual([search]);

    await userEvent.keyboard('{ArrowRight}');
    const recent = screen.getByRole('tab', { name: 'Recent' });
    expect(document.activeElement).toBe(recent);
    expect(recent.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(recent.id);
    await waitFor(() => expect(scopes(calls)).toContain('recently-used'));

    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Administered by me' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(search);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement?.textContent).toBe('Administered by me');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(search);
  });

  it('moves through results from the listbox too, after tabbing past the tabs', async () => {
    const { onChoose } = renderPicker();
    await userEvent.click(screen.getByRole('tab', { name: 'My collections' }));
    await screen.findByRole('option', { name: /My Laptop/ });
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Collections' }));
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-9', display_name: 'My Laptop' }));
  });

  it('renders the bookmarks the app passes in, filtered by the search text, and no request', async () => {
    const { calls, renderBookmarks } = renderPicker();
    await userEvent.type(screen.getByRole('combobox', { name: 'Search collections' }), 'gene');
    await userEvent.click(screen.getByRole('tab', { name: 'Bookmarks' }));
    expect(await screen.findByText('Bookmarks filtered by “gene”')).toBeTruthy();
    expect(renderBookmarks).toHaveBeenCalled();
    expect(calls.every((c) => c.query?.filter_fulltext === undefined)).toBe(true);
  });

  it('before any typing shows the user’s own collections and bookmarks with a hint, never an empty box', async () => {
    const { renderBookmarks } = renderPicker();
    expect(screen.getByText(/Type to search every collection/)).toBeTruthy();
    const suggested = await screen.findByRole('listbox', { name: 'Your collections' });
    expect(within(suggested).getByRole('option', { name: /My Laptop/ })).toBeTruthy();
    expect(renderBookmarks).toHaveBeenCalledWith('');
    expect(screen.getByText('Bookmarks filtered by “”')).toBeTruthy();
  });

  it('says which text narrows a scope and clears it, so a tab never silently filters by leftover text', async () => {
    const { calls } = renderPicker();
    const box = screen.getByRole('combobox', { name: 'Search collections' });
    await userEvent.type(box, 'tutorial');
    await userEvent.click(screen.getByRole('tab', { name: 'My collections' }));
    expect(await screen.findByText('Your collections matching “tutorial”: none')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search “tutorial”' }));
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(await screen.findByRole('option', { name: /My Laptop/ })).toBeTruthy();
    expect(screen.getByText('Your collections: 1')).toBeTruthy();
    expect(screen.queryByText(/matching/)).toBeNull();
    expect(calls.some((c) => c.query?.filter_scope === 'my-endpoints' && c.query.filter_fulltext === 'tutorial')).toBe(
      true,
    );
  });

  it('has no Bookmarks tab when the app passes none', () => {
    renderPicker(false);
    expect(screen.queryByRole('tab', { name: 'Bookmarks' })).toBeNull();
  });
});
