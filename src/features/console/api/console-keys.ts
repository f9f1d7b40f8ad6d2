// Query keys for the administrator console; mutations invalidate by prefix (`consoleKeys.all`).
import type { ManagerTaskFilters } from '@/lib/globus/endpoint-manager';

export const consoleKeys = {
  all: ['console'] as const,
  monitored: () => [...consoleKeys.all, 'monitored'] as const,
  endpoint: (id: string) => [...consoleKeys.all, 'endpoint', id] as const,
  hosted: (id: string) => [...consoleKeys.endpoint(id), 'hosted'] as const,
  accessList: (id: string) => [...consoleKeys.endpoint(id), 'access'] as const,
  pauseRules: (endpointId: string) => [...consoleKeys.endpoint(endpointId), 'pause-rules'] as const,
  tasks: () => [...consoleKeys.all, 'tasks'] as const,
  taskList: (filters: ManagerTaskFilters) => [...consoleKeys.tasks(), 'list', filters] as const,
  task: (id: string) => [...consoleKeys.tasks(), 'detail', id] as const,
  events: (id: string) => [...consoleKeys.task(id), 'events'] as const,
  pauseInfo: (id: string) => [...consoleKeys.task(id), 'pause-info'] as const,
  cancel: (id: string | number) => [...consoleKeys.all, 'admin-cancel', String(id)] as const,
};
