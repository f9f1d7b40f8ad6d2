import { describe, expect, it } from 'vitest';
import { resolveReturn } from '@/features/helper-pages/lib/resolve-return';
import type { HelperTrip } from '@/lib/storage/helper-trip-store';

const ID = 'c0000000-0000-4000-8000-000000000002';
const trip: HelperTrip = {
  slot: 'transfer-destination',
  returnTo: '#/files?origin_id=a&origin_path=%2Fx%2F',
  appState: { kind: 'file-manager', dialog: { label: 'kept' } },
  startedAt: 0,
};
const answer = (extra: Record<string, string> = {}) =>
  new URLSearchParams({ endpoint_id: ID, path: '/a b/#1/', 'folder[0]': 'ü x', ...extra });

describe('resolveReturn', () => {
  it('hands the selection to the page that asked, with its state', () => {
    expect(resolveReturn(answer(), trip)).toEqual({
      kind: 'go',
      to: '/files?origin_id=a&origin_path=%2Fx%2F',
      appState: trip.appState,
      choice: {
        slot: 'transfer-destination',
        selection: { endpointId: ID, path: '/a b/#1/', label: '', folders: ['ü x'], files: [] },
      },
    });
  });

  it('goes back unchanged on Cancel, and explains a broken answer without following it', () => {
    expect(resolveReturn(new URLSearchParams({ cancelled: 'true' }), trip)).toEqual({
      kind: 'go',
      to: '/files?origin_id=a&origin_path=%2Fx%2F',
      appState: trip.appState,
    });
    const broken = resolveReturn(new URLSearchParams({ endpoint_id: 'javascript:x', path: 'x' }), trip);
    expect(broken.kind).toBe('broken');
    if (broken.kind === 'broken') expect(broken.problems).toHaveLength(2);
  });

  it('opens a pane on the chosen folder for a picker', () => {
    const out = resolveReturn(answer(), { ...trip, openIn: 'destination' });
    expect(out).toEqual({
      kind: 'go',
      to: `/files?origin_id=a&origin_path=%2Fx%2F&destination_id=${ID}&destination_path=%2Fa+b%2F%231%2F%C3%BC+x%2F&two_pane=true`,
    });
  });

  it('does nothing for an answer no page of this tab waited for', () => {
    expect(resolveReturn(answer(), null)).toMatchObject({ kind: 'unexpected', selection: { endpointId: ID } });
  });
});
