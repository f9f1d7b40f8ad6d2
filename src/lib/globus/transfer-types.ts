/**
 * Transfer v0.10 document types, derived from the recorded fixtures and docs/protocol/transfer.md / tasks.md. Fields the
 * service may omit or null are optional/nullable; unknown extra fields are tolerated.
 */

export type EntityType =
  | 'GCSv5_endpoint'
  | 'GCSv5_mapped_collection'
  | 'GCSv5_guest_collection'
  | 'GCP_mapped_collection'
  | 'GCP_guest_collection'
  | 'GCSv4_host'
  | 'GCSv4_share';

export type EffectiveRole =
  | 'administrator'
  | 'access_manager'
  | 'activity_manager'
  | 'activity_monitor'
  | 'restricted_administrator';

export type Endpoint = {
  DATA_TYPE?: 'endpoint';
  id: string;
  display_name: string | null;
  entity_type: EntityType | string;
  owner_id?: string;
  owner_string?: string;
  organization?: string | null;
  department?: string | null;
  description?: string | null;
  keywords?: string | null;
  contact_email?: string | null;
  contact_info?: string | null;
  info_link?: string | null;
  user_message?: string | null;
  user_message_link?: string | null;
  /** Deprecated legacy names. */
  name?: string | null;
  canonical_name?: string | null;
  username?: string;
  non_functional?: boolean;
  non_functional_endpoint_id?: string | null;
  non_functional_endpoint_display_name?: string | null;
  host_endpoint_id?: string | null;
  host_endpoint_display_name?: string | null;
  host_path?: string | null;
  mapped_collection_id?: string | null;
  mapped_collection_display_name?: string | null;
  gcs_version?: string | null;
  gcs_manager_url?: string | null;
  public?: boolean;
  my_effective_roles?: EffectiveRole[];
  acl_available?: boolean;
  acl_editable?: boolean;
  in_use?: boolean;
  default_directory?: string | null;
  local_user_info_available?: boolean | null;
  https_server?: string | null;
  tlsftp_server?: string | null;
  DATA?: { DATA_TYPE?: 'server'; hostname?: string | null; [key: string]: unknown }[];
  force_encryption?: boolean;
  disable_verify?: boolean;
  force_verify?: boolean;
  mfa_required?: boolean;
  requester_pays?: boolean;
  high_assurance?: boolean;
  authentication_timeout_mins?: number | null;
  authentication_policy_id?: string | null;
  acl_max_expiration_period_mins?: number | null;
  subscription_id?: string | null;
  gcp_connected?: boolean | null;
  gcp_paused?: boolean | null;
  is_globus_connect?: boolean;
  shareable?: boolean;
  activated?: boolean;
  expires_in?: number;
  /** Search rank (endpoint_search only). */
  _rank?: number;
  [key: string]: unknown;
};

export type EndpointList = {
  DATA_TYPE: 'endpoint_list';
  limit: number;
  offset: number;
  has_next_page: boolean;
  DATA: Endpoint[];
};

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

export type FileType = 'dir' | 'file' | 'invalid_symlink' | 'chr' | 'blk' | 'pipe' | 'other';

export type FileEntry = {
  DATA_TYPE: 'file';
  name: string;
  type: FileType;
  size: number;
  /** `YYYY-MM-DD HH:MM:SS+00:00` */
  last_modified: string | null;
  permissions: string | null;
  user: string | null;
  group: string | null;
  link_target: string | null;
  link_size?: number | null;
  link_user?: string | null;
  link_group?: string | null;
  link_last_modified?: string | null;
};

export type FileList = {
  DATA_TYPE: 'file_list';
  endpoint: string;
  /** Echoed with a trailing slash. */
  path: string;
  absolute_path: string | null;
  rename_supported?: boolean;
  symlink_supported?: boolean;
  length: number;
  total: number;
  DATA: FileEntry[];
};

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

/** Generic Transfer `result` document (mkdir, rename, cancel, delete, update…). */
export type TransferResult = {
  DATA_TYPE: string;
  code: string;
  message: string;
  request_id: string;
  resource: string;
};

export type SubmissionId = { DATA_TYPE?: 'submission_id'; value: string };

export type SyncLevel = 0 | 1 | 2 | 3;

export type FilterRule = { DATA_TYPE: 'filter_rule'; method: 'include' | 'exclude'; type?: 'file' | 'dir'; name: string };

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
};

export type SubmitResult = {
  DATA_TYPE: 'transfer_result' | 'delete_result';
  /** `Accepted`, or `Duplicate` when the submission_id was already used (the task exists). */
  code: 'Accepted' | 'Duplicate' | string;
  message: string;
  request_id: string;
  resource: string;
  submission_id: string;
  task_id: string;
};

export type TaskStatus = 'ACTIVE' | 'INACTIVE' | 'SUCCEEDED' | 'FAILED';
export type TaskType = 'TRANSFER' | 'DELETE';

export type Task = {
  DATA_TYPE?: 'task';
  task_id: string;
  type: TaskType;
  status: TaskStatus;
  label: string | null;
  owner_id?: string;
  request_time: string;
  completion_time: string | null;
  deadline?: string | null;
  source_endpoint_id: string;
  source_endpoint_display_name?: string | null;
  destination_endpoint_id: string | null;
  destination_endpoint_display_name?: string | null;
  sync_level?: SyncLevel | null;
  encrypt_data?: boolean;
  verify_checksum?: boolean;
  delete_destination_extra?: boolean;
  recursive_symlinks?: string | null;
  preserve_timestamp?: boolean;
  skip_source_errors?: boolean;
  fail_on_quota_errors?: boolean;
  filter_rules?: FilterRule[] | null;
  history_deleted?: boolean;
  faults: number;
  files: number;
  directories: number;
  symlinks?: number;
  files_skipped: number;
  files_transferred: number;
  subtasks_total: number;
  subtasks_pending: number;
  subtasks_retrying: number;
  subtasks_succeeded: number;
  subtasks_expired: number;
  subtasks_canceled: number;
  subtasks_failed: number;
  subtasks_skipped_errors?: number;
  bytes_transferred: number;
  bytes_checksummed?: number;
  effective_bytes_per_second: number;
  nice_status: string | null;
  nice_status_short_description?: string | null;
  nice_status_expires_in?: number | null;
  canceled_by_admin?: 'SOURCE' | 'DESTINATION' | 'BOTH' | null;
  canceled_by_admin_message?: string | null;
  is_paused: boolean;
  is_ok?: boolean | null;
  fatal_error?: { code: string; description: string } | null;
  source_base_path?: string | null;
  destination_base_path?: string | null;
  [key: string]: unknown;
};

export type TaskList = {
  DATA_TYPE: 'task_list';
  length?: number;
  limit: number;
  offset: number;
  total: number;
  DATA: Task[];
};

export type TaskListParams = {
  limit?: number;
  offset?: number;
  orderby?: string;
  /** Clauses joined with `/`, e.g. `type:TRANSFER,DELETE/status:ACTIVE`. */
  filter?: string;
  fields?: string;
};

export type TaskEvent = {
  DATA_TYPE: 'event';
  code: string;
  description: string;
  /** Sometimes JSON text. */
  details: string;
  is_error: boolean;
  time: string;
};

export type EventList = {
  DATA_TYPE: 'event_list';
  length?: number;
  limit: number;
  offset: number;
  total: number;
  DATA: TaskEvent[];
};

export type SuccessfulTransfer = {
  DATA_TYPE: 'successful_transfer';
  source_path: string | null;
  destination_path: string | null;
  checksum?: string | null;
  checksum_algorithm?: string | null;
  size?: number | null;
};

export type SuccessfulTransfers = {
  DATA_TYPE: 'successful_transfers';
  marker: number;
  next_marker: number | null;
  DATA: SuccessfulTransfer[];
};

export type SkippedError = {
  DATA_TYPE: 'skipped_error';
  error_code: string;
  error_details: string | null;
  error_time: string;
  source_path: string | null;
  destination_path: string | null;
  is_directory: boolean;
  is_symlink: boolean;
  is_delete_destination_extra: boolean;
  external_checksum?: string | null;
  checksum_algorithm?: string | null;
};

export type SkippedErrors = {
  DATA_TYPE?: 'skipped_errors';
  marker?: number;
  next_marker?: number | null;
  DATA: SkippedError[];
};

export type PauseRule = {
  DATA_TYPE?: string;
  id: string;
  message: string | null;
  start_time: string | null;
  endpoint_id: string;
  endpoint_display_name?: string | null;
  identity_id: string | null;
  pause_ls: boolean;
  pause_mkdir: boolean;
  pause_rename: boolean;
  pause_symlink?: boolean;
  pause_task_delete: boolean;
  pause_task_transfer_write: boolean;
  pause_task_transfer_read: boolean;
  [key: string]: unknown;
};

export type PauseInfo = {
  DATA_TYPE?: string;
  pause_rules: PauseRule[];
  source_pause_message: string | null;
  destination_pause_message: string | null;
  source_pause_message_share: string | null;
  destination_pause_message_share: string | null;
  [key: string]: unknown;
};

export type Bookmark = {
  DATA_TYPE: 'bookmark';
  id: string;
  name: string;
  endpoint_id: string;
  path: string;
  pinned?: boolean;
};

export type BookmarkList = { DATA_TYPE?: 'bookmark_list'; DATA: Bookmark[] };

export type TaskUpdate = { label?: string; deadline?: string };
