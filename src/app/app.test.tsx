import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlobusError } from '@/lib/globus/errors';
import { errorFixture, errorFromFixture, setUpComponentTests } from '@/test/fake-services';
import { entry, listing } from '@/features/file-manager/test/listing';
import { ConfigErrorPage } from '@/app/start/config-error-page';
import { renderApp } from '@/test/render-app';
import { routeTo } from '@/lib/routes/paths';
import { eventually } from '@/test/eventually';

setUpComponentTests();

const COLLECTION = {
  DATA_TYPE: 'endpoint',
  id: 'c-1',
  display_name: 'Lab Storage',
  entity_type: 'GCSv5_mapped_collection',
};
const ENDPOINT = /^endpoint\/([^/]+)$/;
const LS = /^operation\/endpoint\/([^/]+)\/ls$/;
const WEIRD = '/home/ada/#1 report ü & co?+%20/.hidden/';

describe('start-up pages', () => {
  it('config error page names the file and each bad field', () => {
    render(
      <ConfigErrorPage
        file="config.json"
        message="config.json has invalid settings: clientId, transferBaseUrl."
        problems={[
          { field: 'clientId', message: 'must be a UUID' },
          { field: 'transferBaseUrl', message: 'must be an https URL' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('config.json');
    const problems = within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(problems.map((p) => p.textContent)).toEqual([
      'clientId: must be a UUID',
      'transferBaseUrl: must be an https URL',
    ]);
  });
});

describe('sign-in', () => {
  it('logs in with the current deep link as returnTo', async () => {
    const deepLink = routeTo.files({ originId: 'c-1', originPath: WEIRD });
    const { auth } = renderApp(deepLink, [], { isLoggedIn: vi.fn(async () => false) });
    // The router loads the lazy files route before it renders; the first import in a test process is slow.
    await userEvent.click(await screen.findByRole('button', { name: 'Log in with Globus' }, { timeout: 5000 }));
    expect(auth.login).toHaveBeenCalledWith({ returnTo: `#${deepLink}` });
    expect(new URLSearchParams(vi.mocked(auth.login).mock.calls[0]![0].returnTo.split('?')[1]).get('origin_path')).toBe(
      WEIRD,
    );
  });

  it('shows the user and logs out from the header', async () => {
    const { auth } = renderApp(routeTo.files(), []);
    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
    await eventually(() => expect(auth.logout).toHaveBeenCalled());
  });

  it('a session that ended asks to log in again and returns to the same place, without looping', async () => {
    const expired = new GlobusError({
      service: 'transfer',
      status: 401,
      code: 'AuthenticationFailed',
      message: 'Token expired',
      body: {},
      loginRequired: true,
    });
    const deepLink = routeTo.files({ originId: 'c-1', originPath: '/data/' });
    const { auth } = renderApp(deepLink, [
      { path: ENDPOINT, reply: () => COLLECTION },
      {
        path: LS,
        reply: () => {
          throw expired;
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Your session has ended' })).toBeTruthy();
    expect(auth.login).not.toHaveBeenCalled();
    const notice = screen.getByRole('alert', { name: 'Your session has ended' });
    await userEvent.click(within(notice).getByRole('button', { name: 'Log in again' }));
    expect(auth.login).toHaveBeenCalledTimes(1);
    expect(auth.login).toHaveBeenCalledWith({
      returnTo: `#${deepLink}`,
      appState: expect.objectContaining({ kind: 'file-manager', active: 'left' }),
    });
    // The page stays under the notice: the pane is still there.
    expect(screen.getByRole('region', { name: 'Lab Storage pane' })).toBeTruthy();
  });
});

describe('files route', () => {
  it('#/ leads to the files page', async () => {
    const { router } = renderApp(routeTo.root(), []);
    expect(await screen.findByRole('combobox', { name: 'Search collections' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/files');
  });

  it('paths with #, spaces, & ? + % and non-ASCII round-trip through the route and the API', async () => {
    const child = 'sub dir #2 ñ';
    const { router, calls } = renderApp(routeTo.files({ originId: 'c-1', originPath: WEIRD }), [
      { path: ENDPOINT, reply: () => COLLECTION },
      { path: LS, reply: (opts) => listing(String(opts.query?.path), [entry(child, 'dir'), entry('a.txt')]) },
    ]);
    const grid = await screen.findByRole('grid', { name: `Files in Lab Storage at ${WEIRD}` });
    expect(calls.find((c) => LS.test(c.path))?.query).toEqual({ path: WEIRD });
    await userEvent.dblClick(await within(grid).findByRole('row', { name: new RegExp(child) }));
    const expected = `${WEIRD}${child}/`;
    await screen.findByRole('grid', { name: `Files in Lab Storage at ${expected}` });
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('origin_id')).toBe('c-1');
    expect(params.get('origin_path')).toBe(expected);
    expect(calls.filter((c) => LS.test(c.path)).map((c) => c.query?.path)).toEqual([WEIRD, expected]);
  });

  it('without origin_id shows the collection picker; choosing one sets origin_id and clears origin_path', async () => {
    const { router, calls } = renderApp('/files?origin_path=%2Fold%2F', [
      {
        path: /^endpoint_search$/,
        reply: () => ({ DATA_TYPE: 'endpoint_list', offset: 0, limit: 100, has_next_page: false, DATA: [COLLECTION] }),
      },
      { path: ENDPOINT, reply: () => COLLECTION },
      { path: LS, reply: () => listing('/~/', [entry('x.txt')]) },
    ]);
    await userEvent.type(await screen.findByRole('combobox', { name: 'Search collections' }), 'lab');
    await screen.findByText('Collections matching “lab”: 1');
    await userEvent.click(await screen.findByRole('option', { name: /Lab Storage/ }));
    await screen.findByRole('grid', { name: 'Files in Lab Storage at /~/' });
    expect(router.state.location.search).toBe('?origin_id=c-1');
    expect(calls.find((c) => c.path === 'endpoint_search' && c.query?.filter_fulltext)?.query).toMatchObject({
      filter_fulltext: 'lab',
      filter_non_functional: false,
    });
  });

  it('an unknown collection id shows a clear message and the picker', async () => {
    renderApp(routeTo.files({ originId: 'nope', originPath: '/x/' }), [
      {
        path: ENDPOINT,
        reply: () => {
          throw errorFromFixture(errorFixture('endpoint_not_found'));
        },
      },
      {
        path: LS,
        reply: () => {
          throw errorFromFixture(errorFixture('endpoint_not_found'));
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'Collection not found' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Search collections' })).toBeTruthy();
  });
});
