import type { Page } from '@playwright/test';

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A link as the Globus Web App writes it: origin on the left, destination on the right. */
export function filesLink(
  appUrl: string,
  panes: { originId: string; originPath?: string; destId?: string; destPath?: string },
) {
  const q = new URLSearchParams({ origin_id: panes.originId });
  if (panes.originPath) q.set('origin_path', panes.originPath);
  if (panes.destId) q.set('destination_id', panes.destId);
  if (panes.destPath) q.set('destination_path', panes.destPath);
  if (panes.destId) q.set('two_pane', 'true');
  return `${appUrl}#/files?${q}`;
}

/** The grid of the pane showing `path` (grid names are "Files in <collection> at <path>"). */
export const gridAt = (page: Page, path: string) =>
  page.getByRole('grid', { name: new RegExp(`at ${escapeRe(path)}$`) });

export function hashParams(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
}
