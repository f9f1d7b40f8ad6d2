import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpComponentTests } from '@/test/fake-services';
import { renderApp } from '@/test/render-app';
import { routeTo } from '@/lib/routes/paths';

setUpComponentTests();

describe('a pane naming a folder on this computer', () => {
  it('that this browser does not remember: explains, offers to choose it again, and never asks Transfer about it', async () => {
    const { calls } = renderApp(routeTo.files({ originId: 'local:gone1234', originPath: '/a b/' }), []);
    expect(await screen.findByRole('heading', { name: 'Folder on this computer not remembered' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'This computer…' }));
    // Happy-dom has no folder picker: the plain explanation, with the single-file way.
    expect(screen.getByRole('region', { name: 'Folders on this computer' }).textContent).toMatch(
      /cannot open folders from your computer/,
    );
    expect(calls.filter((c) => c.path.includes('local:'))).toEqual([]);
  });
});
