import { describe, expect, it } from 'vitest';
import { trayTaskName } from '@/features/file-manager/lib/tray-text';

describe('tray task names', () => {
  it('reads naturally: no doubled verb when the label already says what the task does', () => {
    expect(trayTaskName('delete', 'Delete from Emulated Tutorial Collection 1')).toBe(
      'Delete from Emulated Tutorial Collection 1',
    );
    expect(trayTaskName('transfer', 'Transfer results to laptop')).toBe('Transfer results to laptop');
    expect(trayTaskName('transfer', 'nightly')).toBe('Transfer “nightly”');
    expect(trayTaskName('delete', 'old runs')).toBe('Delete “old runs”');
    expect(trayTaskName('delete', 'Deleted stuff')).toBe('Delete “Deleted stuff”');
    expect(trayTaskName('transfer', '')).toBe('Transfer');
  });
});
