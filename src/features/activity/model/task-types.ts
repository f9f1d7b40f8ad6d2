// Shapes of the Transfer task documents this feature reads (docs/protocol/tasks.md).
// Every field is optional or nullable: captured documents omit fields freely, and
// a missing counter must render as "unknown", never crash a row.

export type TaskStatus = 'ACTIVE' | 'INACTIVE' | 'SUCCEEDED' | 'FAILED';
export type TaskType = 'TRANSFER' | 'DELETE';

export interface FilterRule {
  DATA_TYPE?: 'filter_rule';
  method: 'include' | 'exclude';
  type?: 'file' | 'dir' | null;
  name: string;
}

export interface Task {
  DATA_TYPE?: 'task';
  task_id: string;
  type?: TaskType | null;
  status?: TaskStatus | null;
  label?: string | null;
  owner_id?: string | null;
  request_time?: string | null;
  completion_time?: string | null;
  deadline?: string | null;
  source_endpoint_id?: string | null;
  source_endpoint_display_name?: string | null;
  destination_endpoint_id?: string | null;
  destination_endpoint_display_name?: string | null;
  source_base_path?: string | null;
  destination_base_path?: string | null;
  sync_level?: number | null;
  encrypt_data?: boolean | null;
  verify_checksum?: boolean | null;
  delete_destination_extra?: boolean | null;
  recursive_symlinks?: string | null;
  preserve_timestamp?: boolean | null;
  skip_source_errors?: boolean | null;
  fail_on_quota_errors?: boolean | null;
  filter_rules?: FilterRule[] | null;
  command?: string | null;
  history_deleted?: boolean | null;
  faults?: number | null;
  files?: number | null;
  directories?: number | null;
  symlinks?: number | null;
  files_skipped?: number | null;
  files_transferred?: number | null;
  subtasks_total?: number | null;
  subtasks_pending?: number | null;
  subtasks_retrying?: number | null;
  subtasks_succeeded?: number | null;
  subtasks_expired?: number | null;
  subtasks_canceled?: number | null;
  subtasks_failed?: number | null;
  subtasks_skipped_errors?: number | null;
  bytes_transferred?: number | null;
  bytes_checksummed?: number | null;
  effective_bytes_per_second?: number | null;
  nice_status?: string | null;
  nice_status_short_description?: string | null;
  nice_status_expires_in?: number | null;
  canceled_by_admin?: 'SOURCE' | 'DESTINATION' | 'BOTH' | null;
  canceled_by_admin_message?: string | null;
  is_paused?: boolean | null;
  is_ok?: boolean | null;
  fatal_error?: { code: string; description?: string | null } | null;
}

export interface TaskList {
  DATA_TYPE?: 'task_list';
  length?: number;
  limit?: number;
  offset?: number;
  total?: number;
  DATA: Task[];
}

export interface TaskEvent {
  DATA_TYPE?: 'event';
  code: string;
  description?: string | null;
  details?: string | null;
  is_error: boolean;
  time: string;
}

export interface EventList {
  DATA_TYPE?: 'event_list';
  length?: number;
  limit?: number;
  offset?: number;
  total?: number;
  DATA: TaskEvent[];
}

export interface SuccessfulTransfer {
  source_path: string | null;
  destination_path: string | null;
  size?: number | null;
  checksum?: string | null;
  checksum_algorithm?: string | null;
}

export interface SkippedError {
  error_code: string;
  error_details?: string | null;
  error_time?: string | null;
  source_path: string | null;
  destination_path: string | null;
  is_directory?: boolean;
  is_symlink?: boolean;
  is_delete_destination_extra?: boolean;
}

/** Marker-paged documents: `next_marker` null (or absent) at the end. */
export interface MarkerPage<T> {
  DATA_TYPE?: string;
  marker?: number | string | null;
  next_marker?: number | string | null;
  DATA: T[];
}

export interface PauseRule {
  id?: string;
  message?: string | null;
  start_time?: string | null;
  endpoint_id?: string | null;
  endpoint_display_name?: string | null;
  pause_ls?: boolean;
  pause_mkdir?: boolean;
  pause_rename?: boolean;
  pause_task_delete?: boolean;
  pause_task_transfer_write?: boolean;
  pause_task_transfer_read?: boolean;
}

export interface PauseInfo {
  DATA_TYPE?: string;
  pause_rules?: PauseRule[] | null;
  source_pause_message?: string | null;
  destination_pause_message?: string | null;
  source_pause_message_share?: string | null;
  destination_pause_message_share?: string | null;
  /** Seen in a CLI-authored capture only. */
  message?: string | null;
  endpoint_display_name?: string | null;
}

/** `{DATA_TYPE:"result", code, message}` answered by cancel / update / remove. */
export interface TransferResult {
  DATA_TYPE?: string;
  code: string;
  message?: string;
  request_id?: string;
  task_id?: string;
  submission_id?: string;
}
