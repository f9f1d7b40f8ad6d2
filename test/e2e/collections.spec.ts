import { seriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { openLoggedIn } from './login-helpers';
import { COLLECTIONS, GROUPS, IDENTITIES } from '../emulator/seed/ids';

// Collections, a collection's page and the account page, as alice finds her way around them.

test('search scopes, a collection page, opening it in the file manager, and the account page', async ({
  page,
  env,
}) => {
  await openLoggedIn(page, env, `${env.appUrl}#/collections`, IDENTITIES.alice.username);

  // Before any typing: a hint and her own collections (nothing is recent yet), never an empty page.
  await expect(page.getByRole('heading', { level: 1, name: 'Collections' })).toBeVisible();
  await expect(page.getByText(/Type to search every collection/)).toBeVisible();
  const suggested = page.getByRole('list', { name: 'Your collections' });
  await expect(suggested.getByRole('link', { name: COLLECTIONS.gcpAlice.name })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const results = page.getByRole('list', { name: 'Results' });
  const scope = (name: string) => page.getByRole('tab', { name, exact: true });
  await scope('My personal collections').click();
  await expect(results.getByRole('link')).toHaveText([COLLECTIONS.gcpAlice.name]);
  await scope('Shared with me').click();
  await expect(results.getByRole('link')).toHaveText([COLLECTIONS.bobShare.name]);
  await scope('Shared by me').click();
  await expect(results.getByRole('link')).toHaveText([COLLECTIONS.aliceShare.name]);
  await scope('In use').click();
  await expect(page.getByText('None of your active tasks uses a collection right now.')).toBeVisible();

  // Text narrows the scope, and says so, with a way to drop it.
  await scope('My collections').click();
  await page.getByRole('searchbox', { name: 'Search collections' }).fill('laptop');
  await expect(page.getByText('Your collections matching “laptop”: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search “laptop”' }).click();
  await expect(page.getByText(/^Your collections: \d+$/)).toBeVisible();

  // A GCSv5 endpoint is a container: its page lists its collections instead of opening.
  await scope('All collections').click();
  await page.getByLabel('Kind').selectOption({ label: 'Globus Connect Server endpoint' });
  await page.getByRole('searchbox', { name: 'Search collections' }).fill('emulated');
  await results.getByRole('link', { name: COLLECTIONS.gcsEndpoint.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: COLLECTIONS.gcsEndpoint.name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in the file manager' })).toHaveCount(0);
  const hosted = page.getByRole('list', { name: 'Collections on this endpoint' });
  await hosted.getByRole('link', { name: COLLECTIONS.mapped.name }).click();

  // The mapped collection: its administrators' message comes first.
  await expect(page.getByRole('heading', { level: 1, name: COLLECTIONS.mapped.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Message from the collection’s administrators' })).toContainText(
    'Scheduled maintenance',
  );
  await expect(page.getByRole('region', { name: 'Kind' })).toContainText('Emulated GCSv5 Endpoint');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/collections-collection-page.png', fullPage: true });

  // Back to the search (the address kept it), then a public collection opened in the right pane.
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search collections' })).toHaveValue('emulated');
  await page.getByLabel('Kind').selectOption({ label: 'Every kind' });
  await page.getByRole('searchbox', { name: 'Search collections' }).fill('tutorial');
  await results.getByRole('link', { name: COLLECTIONS.tutorial1.name }).click();
  await page.getByRole('link', { name: 'Open in the right pane' }).click();
  await expect(page.getByRole('grid', { name: new RegExp(`Files in ${COLLECTIONS.tutorial1.name}`) })).toBeVisible();
  expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('destination_id')).toBe(
    COLLECTIONS.tutorial1.id,
  );

  // The account page, from her name in the header.
  await page.getByRole('link', { name: /Account of/ }).click();
  const identities = page.getByRole('region', { name: 'Your identities' });
  await expect(identities).toContainText(IDENTITIES.alice.username);
  await expect(identities).toContainText(IDENTITIES.aliceUni.username);
  await expect(
    page.getByRole('region', { name: 'Your groups' }).getByRole('link', { name: GROUPS.aliceLab.name, exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('urn:globus:auth:scope:transfer.api.globus.org:all', { exact: false }).first(),
  ).toBeVisible();
  const consents = new URL(
    (await page.getByRole('link', { name: 'Review or revoke consents at Globus' }).getAttribute('href'))!,
  );
  expect(consents.searchParams.get('redirect_uri')).toBe(`${env.appUrl}#/account`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/collections-account.png', fullPage: true });
});
