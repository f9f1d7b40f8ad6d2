import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useGridSelection } from '@/features/file-manager/hooks/use-grid-selection';

describe('useGridSelection', () => {
  it('drops selected names that left the listing, keeps the rest across a refresh', () => {
    const { result, rerender } = renderHook(({ names }) => useGridSelection(names, '/data/'), {
      initialProps: { names: ['a', 'b', 'c'] as readonly string[] },
    });
    act(() => result.current.selectAll());
    expect([...result.current.selected]).toEqual(['a', 'b', 'c']);
    // a and c were moved away; the refreshed listing has a new file d.
    rerender({ names: ['b', 'd'] });
    expect([...result.current.selected]).toEqual(['b']);
    // A refresh with the same names keeps the selection as it is.
    rerender({ names: ['b', 'd'] });
    expect([...result.current.selected]).toEqual(['b']);
  });

  it('a new folder starts with nothing selected and the cursor on the folder we came up from', () => {
    const { result, rerender } = renderHook(({ names, key, focus }) => useGridSelection(names, key, focus), {
      initialProps: { names: ['x', 'y'] as readonly string[], key: '/data/sub/', focus: undefined as string | undefined },
    });
    act(() => result.current.moveTo(1));
    expect([...result.current.selected]).toEqual(['y']);
    rerender({ names: ['a', 'sub', 'z'], key: '/data/', focus: 'sub' });
    expect(result.current.selected.size).toBe(0);
    expect(result.current.cursor).toBe(1);
  });
});
