import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { FolderChooser } from '@/components/folder-browser/folder-chooser';

setUpComponentTests();

const entry = (name: string, type: 'dir' | 'file' = 'file') => ({
  DATA_TYPE: 'file',
  name,
  type,
  size: 10,
  last_modified: '2024-01-01 00:00:00+00:00',
  permissions: '0755',
  user: 'ada',
  group: 'lab',
  link_target: null,
  link_group: null,
  link_last_modified: null,
  link_size: null,
  link_user: null,
});
const listing = (path: string, DATA: object[]) => ({
  DATA_TYPE: 'file_list',
  endpoint: 'c-1',
  path,
  absolute_path: null,
  rename_supported: true,
  symlink_supported: true,
  length: DATA.length,
  total: DATA.length,
  DATA,
});

describe('FolderChooser', () => {
  it('lists folders only, opens them, and takes the folder Transfer listed', async () => {
    const { http } = createFakeHttp([
      {
        path: 'operation/endpoint/c-1/ls',
        reply: (req) =>
          req.query?.path === '/home/ada/lab/'
            ? listing('/home/ada/lab/', [entry('raw', 'dir')])
            : listing('/home/ada/', [entry('lab', 'dir'), entry('notes.txt')]),
      },
    ]);
    const onPick = vi.fn();
    const onCancel = vi.fn();
    renderWithServices({
      http,
      element: <FolderChooser collectionId="c-1" start="" onPick={onPick} onCancel={onCancel} />,
    });
    const chooser = screen.getByRole('group', { name: 'Choose a folder' });
    // The default folder comes back as the real path it is.
    await userEvent.click(await within(chooser).findByRole('button', { name: 'Use /home/ada/' }));
    expect(onPick).toHaveBeenLastCalledWith('/home/ada/');
    expect(within(chooser).queryByText('notes.txt')).toBeNull();

    await userEvent.click(within(chooser).getByRole('button', { name: 'Open folder lab' }));
    expect(await within(chooser).findByRole('button', { name: 'Open folder raw' })).toBeTruthy();
    await userEvent.click(within(chooser).getByRole('button', { name: 'Use /home/ada/lab/' }));
    expect(onPick).toHaveBeenLastCalledWith('/home/ada/lab/');
    await userEvent.click(within(chooser).getByRole('button', { name: 'Close folder list' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
