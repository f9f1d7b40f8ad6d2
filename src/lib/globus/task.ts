// The one Task model of the app: Transfer task documents and their companions, typed from the
// schemas that check them as they arrive (lib/globus/schemas).
export type { Task, TaskList, TaskStatus, TaskType, EventList } from '@/lib/globus/schemas/task';
export type { PauseInfo, PauseRule, SkippedError, SuccessfulTransfer } from '@/lib/globus/schemas/task-pages';
export type { TransferResult } from '@/lib/globus/schemas/results';

/** Marker-paged documents (successful_transfers, skipped_errors): `next_marker` null (or absent) at the end. */
export interface MarkerPage<T> {
  DATA_TYPE?: string | undefined;
  marker?: number | string | null | undefined;
  next_marker?: number | string | null | undefined;
  DATA: T[];
}
