// Query keys for task data; mutations invalidate by prefix (`taskKeys.all`, `taskKeys.detail(id)`).
import type { TaskListParams } from '@/features/activity/api/task-routes';

export const taskKeys = {
  all: ['tasks'] as const,
  lists: () => [...taskKeys.all, 'list'] as const,
  list: (params: TaskListParams) => [...taskKeys.lists(), params] as const,
  detail: (taskId: string) => [...taskKeys.all, 'detail', taskId] as const,
  events: (taskId: string, p: { offset: number; limit: number; errorsOnly: boolean }) =>
    [...taskKeys.detail(taskId), 'events', p] as const,
  successful: (taskId: string) => [...taskKeys.detail(taskId), 'successful'] as const,
  skipped: (taskId: string) => [...taskKeys.detail(taskId), 'skipped'] as const,
  pauseInfo: (taskId: string) => [...taskKeys.detail(taskId), 'pause-info'] as const,
};
