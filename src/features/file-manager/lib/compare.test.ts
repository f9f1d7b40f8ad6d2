import { describe, expect, it } from 'vitest';
import { compareEntries, syncPreview } from '@/features/file-manager/lib/compare';
import { entry } from '@/features/file-manager/test/listing';

const at = (name: string, size: number, last_modified: string, type: 'file' | 'dir' = 'file') => ({
  ...entry(name, type, size),
  last_modified,
});
const source = [
  at('new.txt', 5, '2024-01-01 00:00:00+00:00'),
  at('same.txt', 5, '2024-01-01 00:00:00+00:00'),
  at('bigger.txt', 9, '2024-01-01 00:00:00+00:00'),
  at('newer.txt', 5, '2024-06-01 00:00:00+00:00'),
  at('sub', 4096, '2024-01-01 00:00:00+00:00', 'dir'),
];
const dest = [
  at('same.txt', 5, '2024-01-01 00:00:00+00:00'),
  at('bigger.txt', 5, '2024-01-01 00:00:00+00:00'),
  at('newer.txt', 5, '2024-01-01 00:00:00+00:00'),
  at('sub', 4096, '2020-01-01 00:00:00+00:00', 'dir'),
];

describe('compare panes', () => {
  it('marks missing, size-differing and newer entries; folders only when missing', () => {
    expect(Object.fromEntries(compareEntries(source, dest))).toEqual({
      'new.txt': 'missing',
      'bigger.txt': 'size',
      'newer.txt': 'newer',
    });
  });

  it.each([
    ['', ['new.txt', 'same.txt', 'bigger.txt', 'newer.txt', 'sub']],
    ['0', ['new.txt', 'sub']],
    ['1', ['new.txt', 'bigger.txt', 'sub']],
    ['2', ['new.txt', 'newer.txt', 'sub']],
    ['3', ['new.txt', 'same.txt', 'bigger.txt', 'newer.txt', 'sub']],
  ] as const)('sync preview at level "%s" copies %j', (level, copied) => {
    expect(
      syncPreview(source, dest, level)
        .filter((d) => d.copy)
        .map((d) => d.name),
    ).toEqual(copied);
  });
});
