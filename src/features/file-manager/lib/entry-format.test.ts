import { describe, expect, it } from 'vitest';
import { formatPermissions, ownerTitle, parseMode } from '@/features/file-manager/lib/entry-format';

describe('formatPermissions', () => {
  it('renders octal modes as ls -l does, with the kind letter first', () => {
    expect(formatPermissions('0755', 'dir')).toBe('drwxr-xr-x');
    expect(formatPermissions('0644', 'file')).toBe('-rw-r--r--');
    expect(formatPermissions('0600', 'file')).toBe('-rw-------');
    expect(formatPermissions('755', 'file')).toBe('-rwxr-xr-x');
    expect(formatPermissions('0000', 'pipe')).toBe('p---------');
    expect(formatPermissions('0660', 'chr')).toBe('crw-rw----');
    expect(formatPermissions('0660', 'blk')).toBe('brw-rw----');
  });
  it('marks links with l, whether the target is a folder, a file or missing', () => {
    expect(formatPermissions('0777', 'dir', '/data/real')).toBe('lrwxrwxrwx');
    expect(formatPermissions('0777', 'file', 'real.txt')).toBe('lrwxrwxrwx');
    expect(formatPermissions('0777', 'invalid_symlink', null)).toBe('lrwxrwxrwx');
  });
  it('shows setuid, setgid and sticky bits in the execute places', () => {
    expect(formatPermissions('4755', 'file')).toBe('-rwsr-xr-x');
    expect(formatPermissions('2750', 'dir')).toBe('drwxr-s---');
    expect(formatPermissions('1777', 'dir')).toBe('drwxrwxrwt');
    expect(formatPermissions('7644', 'file')).toBe('-rwSr-Sr-T');
  });
  it('shows nothing for absent or malformed values', () => {
    expect(formatPermissions(null, 'file')).toBe('');
    expect(formatPermissions(undefined, 'dir')).toBe('');
    expect(formatPermissions('', 'file')).toBe('');
    expect(formatPermissions('rwx', 'file')).toBe('');
    expect(formatPermissions('0899', 'file')).toBe('');
    expect(parseMode('0755')).toBe(0o755);
    expect(parseMode('100644')).toBe(0o644);
  });
});

describe('ownerTitle', () => {
  it('joins user and group and never says undefined', () => {
    expect(ownerTitle('ada', 'lab')).toBe('ada:lab');
    expect(ownerTitle('ada', null)).toBe('ada');
    expect(ownerTitle(null, 'lab')).toBe('group lab');
    expect(ownerTitle(undefined, undefined)).toBe('');
  });
});
