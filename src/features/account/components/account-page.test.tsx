import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createFakeHttp, setUpComponentTests, TEST_CONFIG } from '@/test/fake-services';
import { fixture } from '@/test/globus-fixtures';
import { renderWithServices } from '@/test/render';
import { AccountPage } from '@/features/account/components/account-page';

setUpComponentTests();

const USER = {
  sub: 'id-1',
  username: 'ada@example.org',
  name: 'Ada Lovelace',
  identitySet: [
    { sub: 'id-1', username: 'ada@example.org', name: 'Ada Lovelace' },
    { sub: 'id-2', username: 'alovelace@uni.edu', name: 'A. Lovelace' },
  ],
};

function renderAccount() {
  const fake = createFakeHttp([
    {
      path: 'v2/api/identities',
      reply: () => ({
        identities: [
          {
            id: 'id-2',
            username: 'alovelace@uni.edu',
            status: 'used',
            identity_provider: 'p',
            name: 'A. Lovelace',
            email: 'al@uni.edu',
            organization: 'Uni',
          },
          {
            id: 'id-1',
            username: 'ada@example.org',
            status: 'used',
            identity_provider: 'p',
            name: 'Ada Lovelace',
            email: 'ada@example.org',
            organization: 'Example Lab',
          },
        ],
      }),
    },
    { path: 'groups/my_groups', reply: () => fixture('groups.get_my_groups').response_body },
  ]);
  renderWithServices({
    http: fake.http,
    element: <AccountPage />,
    auth: {
      getUser: vi.fn(() => Promise.resolve(USER)),
      grantedScopes: vi.fn(() =>
        Promise.resolve([
          {
            resourceServer: 'transfer.api.globus.org',
            scopes: ['urn:globus:auth:scope:transfer.api.globus.org:all'],
            expiresAt: 1,
            refreshable: true,
          },
        ]),
      ),
    },
  });
  return fake;
}

describe('AccountPage', () => {
  it('lists my identities (primary first), my groups with my role, and what the app may do', async () => {
    const { calls } = renderAccount();
    const identities = await screen.findByRole('region', { name: 'Your identities' });
    const items = within(identities).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('ada@example.org');
    expect(items[0]!.textContent).toContain('primary');
    expect(await within(identities).findByText(/al@uni\.edu · Uni/)).toBeTruthy();
    expect(calls.find((c) => c.path === 'v2/api/identities')?.query).toEqual({ ids: 'id-1,id-2' });

    const groups = screen.getByRole('region', { name: 'Your groups' });
    const row = (await within(groups).findByRole('link', { name: 'Search Examples: Cookery' })).closest('tr')!;
    expect(row.textContent).toContain('Administrator');
    expect(within(groups).getByRole('link', { name: 'duke' }).closest('tr')!.textContent).toContain('Member');

    const access = screen.getByRole('region', { name: `What ${TEST_CONFIG.appName} may do for you` });
    expect(await within(access).findByText('urn:globus:auth:scope:transfer.api.globus.org:all')).toBeTruthy();
    expect(access.textContent).toContain('Renewed automatically');
  });

  it('links to Globus’s identities and consents pages, which come back to this page', async () => {
    renderAccount();
    for (const [name, page] of [
      ['Link or unlink identities at Globus', 'identities'],
      ['Review or revoke consents at Globus', 'consents'],
    ] as const) {
      const url = new URL((await screen.findByRole('link', { name })).getAttribute('href')!);
      expect(`${url.origin}${url.pathname}`).toBe(`${TEST_CONFIG.authBaseUrl}/v2/web/${page}`);
      expect(url.searchParams.get('client_id')).toBe(TEST_CONFIG.clientId);
      expect(url.searchParams.get('redirect_uri')).toBe(`${TEST_CONFIG.redirectUri}#/account`);
      expect(url.searchParams.get('redirect_name')).toBe(TEST_CONFIG.appName);
    }
  });
});
