// What a failed background request (a poll) means for the page showing its data: the words, and
// whether polling keeps trying by itself. Builds on describeError, which words every other case.
import { describeError } from '@/lib/globus/describe-error';
import { GlobusError, NetworkError } from '@/lib/globus/errors';

export interface FailureText {
  title: string;
  detail: string;
  /** Polling will keep trying by itself. */
  transient: boolean;
}

// How browsers word a fetch that got no answer: "Failed to fetch" (Chromium), "NetworkError when
// attempting to fetch resource." (Firefox), "Load failed" (Safari), "fetch failed" (Node).
const FETCH_FAILED = /fetch|network|load failed/i;

/**
 * The request got no answer at all: the HTTP core's NetworkError, a TypeError thrown by fetch
 * itself, or a browser that knows it is offline. Any other error (a response that failed
 * validation, a bug) is not a network outage.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof TypeError && FETCH_FAILED.test(error.message)) return true;
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export function describeFailure(error: unknown, subject: 'task' | 'list' = 'list'): FailureText {
  if (isNetworkFailure(error)) {
    return {
      title: 'Cannot reach Globus',
      detail: 'The network seems to be down. Updates resume by themselves when it returns.',
      transient: true,
    };
  }
  if (!(error instanceof GlobusError) || error.status < 400) {
    // Not an HTTP refusal (an answer of the wrong shape, an unexpected error): polling tries again.
    const { title, detail } = describeError(error);
    return { title, detail, transient: true };
  }
  const { status } = error;
  if (status === 429) {
    return {
      title: 'Globus asked us to slow down',
      detail: 'Too many requests for now; updates resume shortly by themselves.',
      transient: true,
    };
  }
  if (status === 401 || error.loginRequired) {
    return { title: 'Your Globus session has ended', detail: 'Log in again to see your tasks.', transient: false };
  }
  if (
    subject === 'task' &&
    (status === 404 || error.code.startsWith('TaskNotFound') || error.code.endsWith('NotFound'))
  ) {
    return {
      title: 'Task not found',
      detail: 'No task with this id exists for your identity. Check the link, or find the task in the Activity list.',
      transient: false,
    };
  }
  if (subject === 'task' && status === 403) {
    return {
      title: 'This task belongs to another identity',
      detail: 'Globus shows tasks only to the identity that submitted them. Log in with that identity to see it.',
      transient: false,
    };
  }
  if (status >= 500)
    return {
      title: 'Globus is having trouble',
      detail: `${error.message} Updates resume by themselves.`,
      transient: true,
    };
  return { title: 'Globus refused the request', detail: error.message, transient: false };
}
