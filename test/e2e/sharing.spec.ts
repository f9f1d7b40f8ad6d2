import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { COLLECTIONS, GROUPS, IDENTITIES } from '../emulator/seed/ids';
import { filesLink, gridAt } from './file-manager-helpers';
import { openLoggedIn } from './login-helpers';

// Two people in two browsers: alice manages the permissions of her guest collection, bob uses what she shares.

const share = COLLECTIONS.aliceShare;
const FOLDER = '/private/';
const MESSAGE = 'The private notes, as promised.';

/** The permissions table row of one rule, by who it names and its folder. */
const ruleRow = (page: Page, who: string) =>
  page.getByRole('row', { name: new RegExp(who) }).filter({ hasText: FOLDER });

async function addRule(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Add permission' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add permission' });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Browse…' }).click();
  await dialog.getByRole('button', { name: 'Open folder private' }).click();
  await dialog.getByRole('button', { name: `Use ${FOLDER}` }).click();
  await expect(dialog.getByRole('textbox', { name: 'Folder' })).toHaveValue(FOLDER);
  return dialog;
}

test('alice shares a folder with bob read-only, then read-write, removes it, and shares it with a group bob is in', async ({
  browser,
  env,
}) => {
  const alice = await (await browser.newContext()).newPage();
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  // Downloads go through the browser's own download (no save dialog to stand in for).
  await bob.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));

  // Alice: the permissions page lists who has access, by name, with the role rule read-only.
  await openLoggedIn(alice, env, `${env.appUrl}#/collections/${share.id}/permissions`, IDENTITIES.alice.username);
  await expect(alice.getByRole('heading', { name: `Permissions: ${share.name}` })).toBeVisible();
  await expect(alice.getByRole('row', { name: /Bob Brown.*\/projects\/.*Read only/ })).toBeVisible();
  await expect(alice.getByRole('row', { name: /Alice Lab.*\/lab\/.*Read and write/ })).toBeVisible();
  await expect(alice.getByText('From the Administrator role (read-only here)')).toBeVisible();

  // Read-only for bob, by username, with a message.
  const dialog = await addRule(alice, async (d) => {
    await d.getByRole('textbox', { name: 'Username or email' }).fill(IDENTITIES.bob.username);
    await expect(d.getByText(IDENTITIES.bob.organization)).toBeVisible();
    await d.getByRole('button', { name: 'Use this identity' }).click();
  });
  await expect(dialog.getByRole('textbox', { name: 'Notify by email (optional)' })).toHaveValue(IDENTITIES.bob.email);
  await dialog.getByRole('textbox', { name: 'Message (optional)' }).fill(MESSAGE);
  // One scan covers the page and the form over it.
  expect(await seriousAxeViolations(alice)).toEqual([]);
  const created = alice.waitForRequest(
    (r) => r.method() === 'POST' && r.url().endsWith(`/endpoint/${share.id}/access`),
  );
  await dialog.getByRole('button', { name: 'Add permission' }).click();
  expect((await created).postDataJSON()).toMatchObject({
    principal_type: 'identity',
    principal: IDENTITIES.bob.id,
    path: FOLDER,
    permissions: 'r',
    notify_email: IDENTITIES.bob.email,
    notify_message: MESSAGE,
  });
  await expect(dialog).toBeHidden();
  await expect(ruleRow(alice, 'Bob Brown')).toContainText('Read only');

  // Bob finds the collection among those shared with him, lists and downloads, but cannot create a folder.
  await openLoggedIn(bob, env, `${env.appUrl}#/files`, IDENTITIES.bob.username);
  await bob.getByRole('tab', { name: 'Shared with me' }).click();
  await expect(bob.getByRole('option', { name: new RegExp(share.name) })).toBeVisible();
  await bob.goto(filesLink(env.appUrl, { originId: share.id, originPath: FOLDER }));
  const grid = gridAt(bob, FOLDER);
  await grid.getByRole('row', { name: /diary\.txt/ }).click();
  await bob.getByRole('button', { name: 'Download', exact: true }).click();
  // The first file access over HTTPS asks for the collection's consent; the download starts again after it.
  await bob.getByRole('button', { name: 'Continue to Globus' }).click();
  const download = bob.waitForEvent('download');
  await bob.getByRole('button', { name: 'Allow' }).click();
  expect((await download).suggestedFilename()).toBe('diary.txt');
  await grid.focus();
  await bob.keyboard.press('F7');
  let mkdir = bob.getByRole('dialog', { name: 'New folder' });
  await mkdir.getByRole('textbox', { name: 'Folder name' }).fill('from bob');
  await mkdir.getByRole('button', { name: 'Create folder' }).click();
  await expect(mkdir.getByRole('alert')).toContainText('Permission denied');
  await mkdir.getByRole('button', { name: 'Cancel' }).click();

  // Alice upgrades the rule to read-write: bob's upload and new folder then succeed.
  await ruleRow(alice, 'Bob Brown')
    .getByRole('button', { name: /^Edit access/ })
    .click();
  const edit = alice.getByRole('dialog', { name: `Edit access of Bob Brown to ${FOLDER}` });
  await edit.getByRole('radio', { name: /Read and write/ }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(ruleRow(alice, 'Bob Brown')).toContainText('Read and write');

  await bob
    .getByLabel('Files to upload')
    .setInputFiles({ name: 'reply.txt', mimeType: 'text/plain', buffer: Buffer.from('thanks\n') });
  await expect(bob.getByText('Uploaded “reply.txt”.')).toBeVisible();
  await grid.focus();
  await bob.keyboard.press('F7');
  mkdir = bob.getByRole('dialog', { name: 'New folder' });
  await mkdir.getByRole('textbox', { name: 'Folder name' }).fill('from bob');
  await mkdir.getByRole('button', { name: 'Create folder' }).click();
  await expect(mkdir).toBeHidden();
  await expect(grid.getByRole('row', { name: /from bob/ })).toBeVisible();

  // Alice removes the rule: bob's next look at the folder says he has no access.
  await ruleRow(alice, 'Bob Brown')
    .getByRole('button', { name: /^Remove access/ })
    .click();
  await alice
    .getByRole('dialog', { name: `Remove Bob Brown’s access to ${FOLDER}?` })
    .getByRole('button', { name: 'Remove access' })
    .click();
  await expect(ruleRow(alice, 'Bob Brown')).toHaveCount(0);
  await grid.focus();
  await bob.keyboard.press('Control+R');
  await expect(bob.getByRole('alert').filter({ hasText: 'Permission denied' })).toBeVisible();

  // Alice shares the folder with a group bob belongs to: bob can list it again.
  const groupDialog = await addRule(alice, async (d) => {
    await d.getByRole('radio', { name: 'A group' }).check();
    await d.getByRole('combobox', { name: 'Group' }).selectOption({ label: GROUPS.aliceLabStudents.name });
  });
  await groupDialog.getByRole('button', { name: 'Add permission' }).click();
  await expect(ruleRow(alice, GROUPS.aliceLabStudents.name)).toContainText('Read only');
  await bob.goto(filesLink(env.appUrl, { originId: share.id, originPath: FOLDER }));
  await expect(gridAt(bob, FOLDER).getByRole('row', { name: /diary\.txt/ })).toBeVisible();
  await bobContext.close();
});

test('Share this folder makes a guest collection and opens its permissions; deleting it names what stops; a GCSv5 host points to the web app', async ({
  page,
  env,
}) => {
  const laptop = COLLECTIONS.gcpAlice;
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: laptop.id, originPath: '/home/alice/' }),
    IDENTITIES.alice.username,
  );
  await gridAt(page, '/home/alice/')
    .getByRole('row', { name: /Documents/ })
    .click();
  await page.keyboard.press('Alt+S');
  await expect(page.getByRole('textbox', { name: 'Folder to share' })).toHaveValue('/home/alice/Documents/');
  await page.getByRole('button', { name: 'Create guest collection' }).click();
  await expect(page.getByRole('heading', { name: 'Permissions: Documents (shared)' })).toBeVisible();
  await expect(page.getByText('From the Administrator role (read-only here)')).toBeVisible();

  await page.getByRole('link', { name: 'All my guest collections' }).click();
  await page.getByRole('button', { name: 'Delete Documents (shared)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the guest collection “Documents (shared)”?' });
  await expect(confirm).toContainText('no one else has been given access');
  await expect(confirm).toContainText(`The files stay where they are on ${laptop.name} in /home/alice/Documents/`);
  await confirm.getByRole('button', { name: 'Delete guest collection' }).click();
  await expect(page.getByRole('link', { name: 'Documents (shared)' })).toHaveCount(0);

  await page.goto(`${env.appUrl}#/shares/new?host_id=${COLLECTIONS.mapped.id}&host_path=%2Fhome%2Falice%2F`);
  await expect(
    page.getByRole('link', { name: `Open ${COLLECTIONS.mapped.name} on the Globus web app` }),
  ).toHaveAttribute('href', `${env.emulatorUrl}/file-manager/collections/${COLLECTIONS.mapped.id}`);
});
