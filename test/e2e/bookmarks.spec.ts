import { seriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { openLoggedIn } from './login-helpers';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';

// Bookmarks against the emulator. Alice's seed has "Tutorial godata" (pinned, tutorial1 /share/godata/)
// and "Old storage", whose collection was deleted (GET answers 404 EndpointDeleted).

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;
const link = (appUrl: string, id: string, path: string) =>
  `${appUrl}#/files?${new URLSearchParams({ origin_id: id, origin_path: path })}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('bookmarks menu: a deleted collection is shown as such; add, rename, delete and open bookmarks', async ({
  page,
  env,
}) => {
  await openLoggedIn(page, env, link(env.appUrl, t1.id, PATHS.special));
  await expect(page.getByRole('grid', { name: new RegExp(escape(PATHS.special)) })).toBeVisible();

  const toggle = page.getByRole('button', { name: 'Bookmarks', exact: true }).first();
  await toggle.click();
  const list = page.getByRole('list', { name: 'Bookmarks' });
  await expect(list.getByRole('button', { name: 'Open Tutorial godata' })).toContainText(t1.name);
  const old = list.getByRole('button', { name: 'Old storage (collection was deleted)' });
  await expect(old).toBeDisabled();
  await expect(old).toContainText('collection was deleted');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Still deletable, after confirming.
  await list.getByRole('button', { name: 'Delete bookmark Old storage' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the bookmark “Old storage”?' })
    .getByRole('button', { name: 'Delete bookmark' })
    .click();
  await expect(old).toHaveCount(0);

  // Bookmark the current folder: the name defaults to the folder's own (space, '#', non-ASCII).
  await page.getByRole('button', { name: 'Bookmark this folder' }).click();
  const add = page.getByRole('dialog', { name: 'Bookmark this folder' });
  await expect(add.getByRole('textbox', { name: 'Name' })).toHaveValue('Ωmega data #1 ü');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await add.getByRole('button', { name: 'Add bookmark' }).click();
  await expect(list.getByRole('button', { name: 'Open Ωmega data #1 ü' })).toBeVisible();

  await list.getByRole('button', { name: 'Rename bookmark Ωmega data #1 ü' }).click();
  const rename = page.getByRole('dialog', { name: /Rename the bookmark/ });
  await rename.getByRole('textbox', { name: 'Name' }).fill('Omega results');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(list.getByRole('button', { name: 'Open Omega results' })).toBeVisible();

  // The server kept it: a reload elsewhere still lists it, and opening it goes back to the folder.
  await page.goto(link(env.appUrl, t2.id, '/'));
  await expect(page.getByRole('grid', { name: new RegExp(t2.name) })).toBeVisible();
  await page.getByRole('button', { name: 'Bookmarks', exact: true }).first().click();
  await page.getByRole('list', { name: 'Bookmarks' }).getByRole('button', { name: 'Open Omega results' }).click();
  await expect(page.getByRole('grid', { name: new RegExp(escape(PATHS.special)) })).toBeVisible();
  const hash = new URL(page.url()).hash;
  expect(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('origin_path')).toBe(PATHS.special);
});

test('the picker’s Bookmarks tab opens a bookmarked folder', async ({ page, env }) => {
  await openLoggedIn(page, env, `${env.appUrl}#/files`);
  const picker = page.getByRole('region', { name: /Choose a collection/ });
  await picker.getByRole('tab', { name: 'Bookmarks' }).click();
  await expect(picker.getByRole('button', { name: 'Old storage (collection was deleted)' })).toBeDisabled();
  await picker.getByRole('button', { name: 'Open Tutorial godata' }).click();
  await expect(page.getByRole('grid', { name: new RegExp(escape(PATHS.godata)) })).toBeVisible();
  await expect(page.getByRole('row', { name: /file1\.txt/ })).toBeVisible();
});
