// "A task was just submitted from this page": the file manager (or a resubmit) says it, the task
// poller and the notifications listen.
import { createTypedEvent } from '@/lib/events/typed-event';

export interface TaskSubmitted {
  taskId: string;
  /** The label the user gave, or a description of what was submitted. */
  label: string;
  kind: 'transfer' | 'delete';
}

export const taskSubmitted = createTypedEvent<TaskSubmitted>();
