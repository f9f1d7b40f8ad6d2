/**
 * Transfer v0.10 request types: query parameters and submission bodies. The documents Transfer
 * answers with are typed from their schemas (lib/globus/schemas) and re-exported here; task
 * documents live in lib/globus/task.
 */
import type { EntityType } from '@/lib/globus/schemas/endpoint';

export type { Endpoint } from '@/lib/globus/schemas/endpoint';
export type { FileEntry, FileList } from '@/lib/globus/schemas/file-list';
export type { Bookmark } from '@/lib/globus/schemas/results';

export type EndpointSearchScope =
  | 'all'
  | 'my-endpoints'
  | 'my-gcp-endpoints'
  | 'recently-used'
  | 'in-use'
  | 'shared-by-me'
  | 'shared-with-me'
  | 'administered-by-me'
  | 'hide-no-permissions';

export type EndpointSearchParams = {
  filter_fulltext?: string;
  filter_scope?: EndpointSearchScope;
  filter_owner_id?: string;
  filter_host_endpoint?: string;
  filter_non_functional?: boolean;
  filter_entity_type?: EntityType;
  limit?: number;
  offset?: number;
  fields?: string;
};

/** The fields of a collection document Transfer lets its administrator change (PUT endpoint/{id}). */
export type EndpointUpdate = Partial<{
  display_name: string;
  description: string | null;
  organization: string | null;
  department: string | null;
  keywords: string | null;
  contact_email: string | null;
  contact_info: string | null;
  info_link: string | null;
  default_directory: string | null;
  force_encryption: boolean;
  disable_verify: boolean;
  public: boolean;
  user_message: string | null;
  user_message_link: string | null;
}>;

export type ListDirectoryParams = {
  path?: string;
  show_hidden?: boolean;
  limit?: number;
  offset?: number;
  orderby?: string;
  /** One or more `field:value/field:value` clauses; repeated filters are OR'ed. */
  filter?: string | string[];
  local_user?: string;
};

export type SyncLevel = 0 | 1 | 2 | 3;

export type FilterRule = {
  DATA_TYPE: 'filter_rule';
  method: 'include' | 'exclude';
  type?: 'file' | 'dir';
  name: string;
};

export type TransferItem = {
  DATA_TYPE: 'transfer_item';
  source_path: string;
  destination_path: string;
  recursive?: boolean;
  external_checksum?: string;
  checksum_algorithm?: string;
};

export type TransferSymlinkItem = { DATA_TYPE: 'transfer_symlink_item'; source_path: string; destination_path: string };

export type TransferSubmission = {
  submission_id: string;
  source_endpoint: string;
  destination_endpoint: string;
  DATA: (TransferItem | TransferSymlinkItem)[];
  label?: string;
  deadline?: string;
  sync_level?: SyncLevel | null;
  verify_checksum?: boolean;
  preserve_timestamp?: boolean;
  encrypt_data?: boolean;
  delete_destination_extra?: boolean;
  skip_source_errors?: boolean;
  fail_on_quota_errors?: boolean;
  notify_on_succeeded?: boolean;
  notify_on_failed?: boolean;
  notify_on_inactive?: boolean;
  filter_rules?: FilterRule[];
  recursive_symlinks?: 'ignore' | 'keep' | 'copy';
  source_local_user?: string;
  destination_local_user?: string;
  store_base_path_info?: boolean;
};

export type DeleteItem = { DATA_TYPE: 'delete_item'; path: string };

export type DeleteSubmission = {
  submission_id: string;
  endpoint: string;
  DATA: DeleteItem[];
  recursive?: boolean;
  ignore_missing?: boolean;
  interpret_globs?: boolean;
  label?: string;
  deadline?: string;
  notify_on_succeeded?: boolean;
  notify_on_failed?: boolean;
  notify_on_inactive?: boolean;
  local_user?: string;
  store_base_path_info?: boolean;
};

export type TaskListParams = {
  limit?: number;
  offset?: number;
  orderby?: string;
  /** Clauses joined with `/`, e.g. `type:TRANSFER,DELETE/status:ACTIVE`. */
  filter?: string;
  fields?: string;
};

export type TaskUpdate = { label?: string; deadline?: string };
