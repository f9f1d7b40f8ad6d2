import { Button } from '@/components/ui/button';
import type { AccessRule } from '@/lib/globus/sharing';
import { formatDate } from '@/lib/format/dates';
import type { PrincipalLabel } from '@/features/sharing/api/principal-labels';
import { isExpired } from '@/features/sharing/lib/expiry';

export type EditableRule = AccessRule & { id: string };

const ROLE_NAMES: Record<string, string> = { administrator: 'Administrator', access_manager: 'Access Manager' };

/** Who may use which folder of the guest collection; rules that come from roles are read-only here. */
export function RuleTable({
  rules,
  labelOf,
  onEdit,
  onDelete,
}: {
  rules: readonly AccessRule[];
  labelOf: (rule: AccessRule) => PrincipalLabel;
  onEdit: (rule: EditableRule) => void;
  onDelete: (rule: EditableRule) => void;
}) {
  const sorted = [...rules].sort(
    (a, b) => Number(a.id !== null) - Number(b.id !== null) || a.path.localeCompare(b.path),
  );
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Who can use this guest collection</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-700">
          <th scope="col" className="px-2 py-1 font-medium">
            Who
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            Folder
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            Access
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            Expires
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((rule, i) => {
          const who = labelOf(rule);
          const expired = isExpired(rule.expiration_date);
          const editable: EditableRule | null = rule.id === null ? null : { ...rule, id: rule.id };
          return (
            <tr key={rule.id ?? `role-${rule.role_id ?? i}`} className="border-b border-slate-200 align-top">
              <th scope="row" className="px-2 py-1.5 text-left font-normal">
                <span className="font-medium text-slate-900">{who.name}</span>
                <span className="block text-xs text-slate-600">{who.detail}</span>
              </th>
              <td className="px-2 py-1.5 font-mono break-all">{rule.path}</td>
              <td className="px-2 py-1.5">{rule.permissions === 'rw' ? 'Read and write' : 'Read only'}</td>
              <td className={`px-2 py-1.5 ${expired ? 'text-red-800' : ''}`}>
                {rule.expiration_date ? `${expired ? 'Expired ' : ''}${formatDate(rule.expiration_date)}` : 'Never'}
              </td>
              <td className="px-2 py-1.5 text-right whitespace-nowrap">
                {editable === null ? (
                  <span className="text-xs text-slate-600">
                    From the {ROLE_NAMES[rule.role_type ?? ''] ?? rule.role_type ?? ''} role (read-only here)
                  </span>
                ) : (
                  <span className="inline-flex gap-1">
                    <Button
                      size="sm"
                      aria-label={`Edit access of ${who.name} to ${rule.path}`}
                      onClick={() => onEdit(editable)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="sm"
                      aria-label={`Remove access of ${who.name} to ${rule.path}`}
                      onClick={() => onDelete(editable)}
                    >
                      Remove
                    </Button>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
