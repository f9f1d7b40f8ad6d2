import { seriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { openLoggedIn } from './login-helpers';
import { COLLECTIONS } from '../emulator/seed/ids';

// The collection picker's scope tabs against the emulator's seeded world (alice owns a laptop and a
// guest collection; bob shares his outbox with her).

test('picker scope tabs list my, shared and recently used collections and work from the keyboard', async ({
  page,
  env,
}) => {
  await openLoggedIn(page, env, `${env.appUrl}#/files`);

  const picker = page.getByRole('region', { name: 'Choose a collection' });
  const options = picker.getByRole('listbox', { name: 'Collections' }).getByRole('option');

  await picker.getByRole('tab', { name: 'My collections' }).click();
  await expect(options.filter({ hasText: COLLECTIONS.gcpAlice.name })).toBeVisible();
  await expect(options.filter({ hasText: COLLECTIONS.aliceShare.name })).toBeVisible();
  await expect(options.filter({ hasText: COLLECTIONS.bobShare.name })).toHaveCount(0);
  // Type in words and owner, not raw entity_type values.
  await expect(options.filter({ hasText: COLLECTIONS.gcpAlice.name })).toContainText(
    'Personal collection (Globus Connect Personal)',
  );
  await expect(options.filter({ hasText: COLLECTIONS.gcpAlice.name })).toContainText('alice@example.org');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // APG tabs: arrows move focus and selection. My personal collections list the laptop.
  await page.keyboard.press('ArrowRight');
  const personal = picker.getByRole('tab', { name: 'My personal' });
  await expect(personal).toBeFocused();
  await expect(personal).toHaveAttribute('aria-selected', 'true');
  await expect(options.filter({ hasText: COLLECTIONS.gcpAlice.name })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const shared = picker.getByRole('tab', { name: 'Shared with me' });
  await expect(shared).toBeFocused();
  await expect(shared).toHaveAttribute('aria-selected', 'true');
  await expect(options.filter({ hasText: COLLECTIONS.bobShare.name })).toBeVisible();
  await expect(options.filter({ hasText: COLLECTIONS.gcpAlice.name })).toHaveCount(0);

  // Nothing browsed yet, so nothing is recent.
  await picker.getByRole('tab', { name: 'Recent' }).click();
  await expect(picker.getByText(/No collections used recently\./)).toBeVisible();

  // The search text narrows the selected tab; Enter in the box opens the first result.
  await picker.getByRole('tab', { name: 'My collections' }).click();
  const box = picker.getByRole('combobox', { name: 'Search collections' });
  await box.fill('laptop');
  await expect(options).toHaveCount(1);
  await box.press('Enter');
  await expect(page.getByRole('grid', { name: new RegExp(COLLECTIONS.gcpAlice.name) })).toBeVisible();

  expect(new URL(page.url()).hash).toContain(COLLECTIONS.gcpAlice.id);

  // Browsing it made it recent.
  await page.getByRole('button', { name: 'Change collection' }).first().click();
  const again = page.getByRole('region', { name: /Choose a collection/ });
  await again.getByRole('tab', { name: 'Recent' }).click();
  await expect(again.getByRole('option').filter({ hasText: COLLECTIONS.gcpAlice.name })).toBeVisible();
});
