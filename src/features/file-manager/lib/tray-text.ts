/**
 * How the tray names a task: "Transfer “nightly”", but a label that already says what it does ("Delete from
 * Tutorial 1", the delete dialog's default) stands alone instead of reading "Delete “Delete from …”".
 */
export function trayTaskName(kind: 'transfer' | 'delete', label: string): string {
  const verb = kind === 'transfer' ? 'Transfer' : 'Delete';
  const saysItself = new RegExp(`^(${verb}|${kind === 'transfer' ? 'Copy|Move' : 'Remove'})\\b`, 'i').test(
    label.trim(),
  );
  return saysItself || !label.trim() ? label.trim() || verb : `${verb} “${label}”`;
}
