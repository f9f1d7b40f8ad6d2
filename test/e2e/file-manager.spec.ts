import { seriousAxeViolations } from './axe';
import { test, expect, POLLS } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { escapeRe, filesLink, gridAt, hashParams } from './file-manager-helpers';
import { openLoggedIn, openThroughLoginPages } from './login-helpers';

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;

test('a Web App link opens both panes; Tab switches panes; open in other pane, swap, back', async ({ page, env }) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t2.id, destPath: '/' }),
  );
  const left = gridAt(page, PATHS.godata);
  const right = gridAt(page, '/');
  await expect(left).toBeVisible();
  await expect(right).toBeVisible();
  await expect(left.getByRole('row', { name: /Ωmega data #1 ü/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/fm-dual-1280.png' });

  await left.focus();
  await page.keyboard.press('Tab');
  await expect(right).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(left).toBeFocused();

  // Cursor onto the awkward folder, then open it in the other pane (Alt+O).
  await left.getByRole('row', { name: /Ωmega data #1 ü/ }).click();
  await page.keyboard.press('Alt+o');
  await expect(gridAt(page, PATHS.special)).toBeVisible();
  expect(hashParams(page).get('destination_id')).toBe(t1.id);
  expect(hashParams(page).get('destination_path')).toBe(PATHS.special);
  expect(hashParams(page).get('two_pane')).toBe('true');

  await page.getByRole('button', { name: 'Swap panes' }).click();
  await expect.poll(() => hashParams(page).get('origin_path')).toBe(PATHS.special);
  expect(hashParams(page).get('destination_path')).toBe(PATHS.godata);

  // Help overlay lists the commands; Escape returns focus to the grid.
  await gridAt(page, PATHS.special).focus();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard commands' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Transfer to other pane')).toBeVisible();
  await page.screenshot({ path: 'test-results/fm-help.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(gridAt(page, PATHS.special)).toBeFocused();

  // Context menu from the keyboard.
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'File actions' })).toBeVisible();
  await page.screenshot({ path: 'test-results/fm-context-menu.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await page.setViewportSize({ width: 420, height: 800 });
  await page.screenshot({ path: 'test-results/fm-narrow-420.png' });
  await page.getByRole('button', { name: /^Right:/ }).click();
  await expect(gridAt(page, PATHS.godata)).toBeVisible();
});

test('new folder, rename and delete, with names that need encoding; an existing name is reported in the dialog', async ({
  page,
  env,
}) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.empty, destId: t2.id, destPath: '/' }),
  );
  const grid = gridAt(page, PATHS.empty);
  await expect(grid).toBeVisible();
  await grid.focus();

  const odd = 'new #1 ü?&+%';
  await page.keyboard.press('F7');
  let dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByRole('textbox', { name: 'Folder name' }).fill(odd);
  await dialog.getByRole('button', { name: 'Create folder' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid.getByRole('row', { name: new RegExp(escapeRe(odd)) })).toBeVisible();
  await expect(grid).toBeFocused();

  await page.keyboard.press('F7');
  dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByRole('textbox', { name: 'Folder name' }).fill(odd);
  await dialog.getByRole('button', { name: 'Create folder' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await expect(dialog.getByRole('textbox', { name: 'Folder name' })).toHaveValue(odd);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await grid.getByRole('row', { name: new RegExp(escapeRe(odd)) }).click();
  await page.keyboard.press('F2');
  dialog = page.getByRole('dialog', { name: /^Rename/ });
  await dialog.getByRole('textbox', { name: 'New name' }).fill('.renamed ü');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  // Leading dot: hidden until "Hidden" is switched on.
  await page
    .getByRole('region', { name: `${t1.name} pane` })
    .getByRole('button', { name: /Hidden/ })
    .click();
  const renamed = grid.getByRole('row', { name: /\.renamed ü/ });
  await expect(renamed).toBeVisible();

  await renamed.click();
  await page.keyboard.press('Delete');
  dialog = page.getByRole('dialog', { name: /^Delete/ });
  await expect(dialog.getByRole('list', { name: 'Items to delete' })).toContainText('.renamed ü');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('region', { name: 'Tasks started here' })).toContainText('Delete');
  await env.control('clock/advance', { seconds: 600 });
  await expect(page.getByRole('region', { name: 'Tasks started here' })).toContainText('succeeded');
  await expect(renamed).toHaveCount(0);
});

test('transfer a folder with sync options: the task completes and the destination pane refreshes', async ({
  page,
  env,
}) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t2.id, destPath: PATHS.godata }),
  );
  const left = gridAt(page, PATHS.godata).first();
  await expect(page.getByRole('grid')).toHaveCount(2);
  await left.getByRole('row', { name: /Ωmega data #1 ü/ }).click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Transfer “Ωmega data #1 ü”' });
  await expect(dialog.getByRole('textbox', { name: 'Destination folder' })).toHaveValue(PATHS.godata);
  await dialog.getByRole('textbox', { name: 'Label' }).fill('e2e sync');
  await dialog.getByRole('combobox', { name: 'Sync' }).selectOption({ label: 'If the source is newer' });
  await dialog.getByRole('checkbox', { name: 'Preserve modification times' }).check();
  await dialog.getByRole('button', { name: 'Add filter rule' }).click();
  await dialog.getByRole('textbox', { name: 'Name pattern' }).fill('*.pdf');
  await page.screenshot({ path: 'test-results/fm-transfer-dialog.png' });
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await expect(dialog).toBeHidden();
  const tray = page.getByRole('region', { name: 'Tasks started here' });
  await expect(tray).toContainText('e2e sync');
  await env.control('clock/advance', { seconds: 3600 });
  await expect(tray).toContainText('succeeded');
  const right = page.getByRole('grid', { name: `Files in ${t2.name} at ${PATHS.godata}` });
  await expect(right.getByRole('row', { name: /Ωmega data #1 ü/ })).toBeVisible();
  await right.getByRole('row', { name: /Ωmega data #1 ü/ }).dblclick();
  const copied = page.getByRole('grid', { name: `Files in ${t2.name} at ${PATHS.special}` });
  await expect(copied.getByRole('row', { name: /data #2\.csv/ })).toBeVisible();
  await expect(copied.getByRole('row', { name: /résumé 2024\.pdf/ })).toHaveCount(0);
  await expect(tray.getByRole('link', { name: 'View task' })).toHaveAttribute('href', /#\/activity\/.+/);
});

test('drag and drop onto a folder or the pane transfers into it', async ({ page, env }) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t2.id, destPath: PATHS.share }),
  );
  const left = gridAt(page, PATHS.godata);
  const right = gridAt(page, PATHS.share);
  await expect(right.getByRole('row', { name: /godata/ })).toBeVisible();
  await left.getByRole('row', { name: /file1\.txt/ }).dragTo(right.getByRole('row', { name: /godata/ }));
  let dialog = page.getByRole('dialog', { name: 'Transfer “file1.txt”' });
  await expect(dialog.getByRole('textbox', { name: 'Destination folder' })).toHaveValue(PATHS.godata);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await left.getByRole('row', { name: /file2\.txt/ }).dragTo(right, { targetPosition: { x: 200, y: 300 } });
  dialog = page.getByRole('dialog', { name: 'Transfer “file2.txt”' });
  await expect(dialog.getByRole('textbox', { name: 'Destination folder' })).toHaveValue(PATHS.share);
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await env.control('clock/advance', { seconds: 600 });
  await expect(right.getByRole('row', { name: /file2\.txt/ })).toBeVisible();
});

test('consent step-up: the half-filled transfer dialog, marks and panes come back after the round trip', async ({
  page,
  env,
}) => {
  const mapped = COLLECTIONS.mapped;
  await openThroughLoginPages(
    page,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: mapped.id, destPath: PATHS.home }),
  );
  const left = gridAt(page, PATHS.godata);
  await expect(page.getByRole('button', { name: 'Give consent' })).toBeVisible();
  await left.getByRole('row', { name: /file1\.txt/ }).click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Transfer “file1.txt”' });
  await dialog.getByRole('textbox', { name: 'Label' }).fill('half filled');
  await dialog.getByRole('checkbox', { name: 'Skip files that cannot be read at the source' }).check();
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await dialog.getByRole('button', { name: 'Give consent' }).click();

  await page.getByRole('button', { name: 'Allow' }).click();

  const back = page.getByRole('dialog', { name: 'Transfer “file1.txt”' });
  await expect(back.getByRole('textbox', { name: 'Label' })).toHaveValue('half filled');
  await expect(back.getByRole('checkbox', { name: 'Skip files that cannot be read at the source' })).toBeChecked();
  expect(hashParams(page).get('destination_id')).toBe(mapped.id);
  expect(hashParams(page).get('origin_path')).toBe(PATHS.godata);
  await back.getByRole('button', { name: 'Start transfer' }).click();
  await expect(back).toBeHidden();
  await expect(page.getByRole('region', { name: 'Tasks started here' })).toContainText('half filled');
  await expect(left.getByRole('row', { name: /file1\.txt/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('grid', { name: new RegExp(`Files in ${mapped.name}`) })).toBeVisible();
});

test('a connection dropped after Transfer accepted the submit still yields exactly one task', async ({ page, env }) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t2.id, destPath: PATHS.share }),
  );
  const left = gridAt(page, PATHS.godata);
  await left.getByRole('row', { name: /file3\.txt/ }).click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Transfer “file3.txt”' });
  await dialog.getByRole('textbox', { name: 'Label' }).fill('dropped once');
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/v0.10/transfer'))
      sent.push((r.postDataJSON() as { submission_id: string }).submission_id);
  });
  // Every submit is committed by the emulator, then its connection cut (Chromium silently re-sends
  // on reused connections; the app sees the failure once fresh connections are cut too).
  await env.control('faults', { method: 'POST', path: '/v0.10/transfer', drop: true, times: -1 });
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await expect(dialog.getByRole('alert')).toContainText('No connection to Globus', POLLS);
  await env.control('faults', undefined, 'DELETE');
  await dialog.getByRole('button', { name: 'Send again' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Tasks started here' })).toContainText('dropped once');
  // The app re-sent, always with the one submission id.
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sent).size).toBe(1);
  await page.goto(`${env.appUrl}#/activity`);
  // One task in the list (a finished-task announcement may repeat the label elsewhere on the page).
  await expect(page.getByRole('link', { name: 'dropped once' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'dropped once' })).toHaveCount(1);
});

test('the file manager has no serious or critical accessibility violations', async ({ page, env }) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t2.id, destPath: '/' }),
  );
  await expect(page.getByRole('grid')).toHaveCount(2);
  const scan = () => seriousAxeViolations(page);
  expect(await scan()).toEqual([]);
  await gridAt(page, PATHS.godata).focus();
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await scan()).toEqual([]);
});
