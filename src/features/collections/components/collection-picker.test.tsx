import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { CollectionPicker } from '@/features/collections/components/collection-picker';

setUpComponentTests();

const RESULTS = [
  {
    id: 'c-1',
    display_name: 'Lab Storage',
    entity_type: 'GCSv5_mapped_collection',
    owner_string: 'lab@uni.edu',
    description: 'Raw instrument data',
  },
  {
    id: 'c-2',
    display_name: 'Lab Share',
    entity_type: 'GCSv5_guest_collection',
    owner_string: 'ada@uni.edu',
    description: null,
  },
];

function renderPicker() {
  const { http, calls } = createFakeHttp([
    {
      path: /^endpoint_search$/,
      reply: () => ({ DATA_TYPE: 'endpoint_list', offset: 0, limit: 100, has_next_page: false, DATA: RESULTS }),
    },
  ]);
  const onChoose = vi.fn();
  renderWithServices({ http, element: <CollectionPicker onChoose={onChoose} /> });
  return { calls, onChoose };
}

describe('CollectionPicker', () => {
  it('searches without GCSv5 endpoints and shows name, owner, type in words and description', async () => {
    const { calls } = renderPicker();
    await userEvent.type(screen.getByRole('combobox', { name: 'Search collections' }), 'lab');
    const option = await screen.findByRole('option', { name: /Lab Storage/ });
    expect(option.textContent).toContain('lab@uni.edu');
    expect(option.textContent).toContain('Mapped collection');
    expect(option.textContent).toContain('Raw instrument data');
    const searches = () => calls.filter((c) => c.query?.filter_fulltext !== undefined);
    await waitFor(() => expect(searches()).toHaveLength(1));
    expect(searches()[0]!.query).toMatchObject({
      filter_fulltext: 'lab',
      filter_non_functional: false,
      limit: 25,
      offset: 0,
    });
  });

  it('highlights nothing until an arrow moves: ↓ then Enter opens the first result', async () => {
    const { onChoose } = renderPicker();
    const box = screen.getByRole('combobox', { name: 'Search collections' });
    await userEvent.type(box, 'lab');
    await screen.findByText('Collections matching “lab”: 2');
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true')).toEqual([]);
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Lab Storage/ }).getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-1', display_name: 'Lab Storage' }));
  });

  it('is keyboard navigable: arrows move through results, Enter chooses', async () => {
    const { onChoose } = renderPicker();
    const box = screen.getByRole('combobox', { name: 'Search collections' });
    await userEvent.type(box, 'lab');
    await screen.findByText('Collections matching “lab”: 2');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { name: /Lab Share/ }).getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /Lab Share/ }).id);
    await userEvent.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-2', display_name: 'Lab Share' }));
  });
});
