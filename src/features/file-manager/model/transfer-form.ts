export type TransferSide = {
  collectionId: string;
  collectionName: string;
  path: string;
  /** `force_encryption` on the collection document: encryption cannot be switched off. */
  forceEncryption?: boolean;
  /** The collection can map several local accounts (GCSv5 mapped collections). */
  localUsers?: boolean;
};

export type FilterRuleDraft = { method: 'include' | 'exclude'; type: '' | 'file' | 'dir'; name: string };

/** Everything the transfer dialog shows; plain data so a half-filled form survives a login round trip. */
export type TransferForm = {
  source: TransferSide;
  destination: TransferSide;
  items: { name: string; isDir: boolean }[];
  label: string;
  /** '' = always copy; otherwise Transfer's sync_level 0–3. */
  syncLevel: '' | '0' | '1' | '2' | '3';
  deleteDestinationExtra: boolean;
  verifyChecksum: boolean;
  preserveTimestamp: boolean;
  encrypt: boolean;
  skipSourceErrors: boolean;
  failOnQuotaErrors: boolean;
  filterRules: FilterRuleDraft[];
  /** A `datetime-local` value ('' = Transfer's default deadline). */
  deadline: string;
  notifyOnSucceeded: boolean;
  notifyOnFailed: boolean;
  notifyOnInactive: boolean;
  sourceLocalUser: string;
  destinationLocalUser: string;
};

export const SYNC_LEVELS = [
  { value: '', label: 'Always copy' },
  { value: '0', label: 'If missing at the destination' },
  { value: '1', label: 'If the size differs' },
  { value: '2', label: 'If the source is newer' },
  { value: '3', label: 'If the checksum differs' },
] as const;

export function newTransferForm(
  source: TransferSide,
  destination: TransferSide,
  items: TransferForm['items'],
): TransferForm {
  return {
    source,
    destination,
    items,
    label: '',
    syncLevel: '',
    deleteDestinationExtra: false,
    // The Globus CLI and Web App verify by default; a silent corruption is worse than a slower copy.
    verifyChecksum: true,
    preserveTimestamp: false,
    encrypt: Boolean(source.forceEncryption || destination.forceEncryption),
    skipSourceErrors: false,
    failOnQuotaErrors: false,
    filterRules: [],
    deadline: '',
    notifyOnSucceeded: true,
    notifyOnFailed: true,
    notifyOnInactive: true,
    sourceLocalUser: '',
    destinationLocalUser: '',
  };
}
