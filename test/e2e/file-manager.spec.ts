import { test, expect } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { filesLink, gridAt, hashParams, openLoggedIn } from './file-manager-helpers';

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;

test('a Web App link opens both panes; Tab switches panes; open in other pane, swap, back', async ({ page, env }) => {
  await openLoggedIn(page, filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t2.id, destPath: '/' }));
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
