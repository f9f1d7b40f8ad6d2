// What a failed task request means for the user of this page (the HTTP core's GlobusError and
// NetworkError are read by shape so this stays independent of their construction).

export interface FailureText {
  title: string;
  detail: string;
  /** Polling will keep trying by itself. */
  transient: boolean;
}

const statusOf = (e: unknown) => (e && typeof e === 'object' && typeof (e as { status?: unknown }).status === 'number' ? (e as { status: number }).status : undefined);
const codeOf = (e: unknown) => (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '');

export function describeFailure(error: unknown, subject: 'task' | 'list' = 'list'): FailureText {
  const status = statusOf(error);
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === undefined) {
    return { title: 'Cannot reach Globus', detail: 'The network seems to be down. Updates resume by themselves when it returns.', transient: true };
  }
  if (status === 429) {
    return { title: 'Globus asked us to slow down', detail: 'Too many requests for now; updates resume shortly by themselves.', transient: true };
  }
  if (status === 401) return { title: 'Your Globus session has ended', detail: 'Log in again to see your tasks.', transient: false };
  if (subject === 'task' && (status === 404 || code.startsWith('TaskNotFound') || code.endsWith('NotFound'))) {
    return { title: 'Task not found', detail: 'No task with this id exists for your identity. Check the link, or find the task in the Activity list.', transient: false };
  }
  if (subject === 'task' && status === 403) {
    return {
      title: 'This task belongs to another identity',
      detail: 'Globus shows tasks only to the identity that submitted them. Log in with that identity to see it.',
      transient: false,
    };
  }
  if (status >= 500) return { title: 'Globus is having trouble', detail: `${message} Updates resume by themselves.`, transient: true };
  return { title: 'Globus refused the request', detail: message, transient: false };
}
