// What a failed file or a cancelled job means for the user: a login to make, or what was left half-written.
import { CollectionHttpsError } from '@/lib/globus/https';
import { GlobusError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';
import type { CopyJob, LoginNeed } from '@/features/local-copy/model/copy-job';

/** The login round trip an error asks for, or null. A 403 after a consent round trip is a missing permission. */
export function loginNeedOf(err: unknown, job: CopyJob): LoginNeed | null {
  if (err instanceof CollectionHttpsError && err.needsConsent && (err.status === 401 || !job.consentTried)) {
    return err.status === 403 ? { scopes: err.requiredScopes, refused: true } : { scopes: err.requiredScopes };
  }
  if (err instanceof GlobusError && ['login', 'consent', 'session'].includes(describeError(err).action)) {
    const scopes = err.requiredScopes ?? err.authorizationParameters?.required_scopes ?? [];
    const params = err.isCode('ConsentRequired') ? undefined : err.authorizationParameters;
    return params ? { scopes, authorizationParameters: params } : { scopes };
  }
  return null;
}

/** Said once a job is cancelled. */
export function cancelNote(job: CopyJob, removed: number, kept: string[]): string {
  const parts: string[] = [];
  if (removed) parts.push(`${removed} half-written ${removed === 1 ? 'file was' : 'files were'} removed.`);
  if (kept.length) {
    const names = kept
      .slice(0, 5)
      .map((r) => `“${r}”`)
      .join(', ');
    const where = job.direction === 'up' ? `on “${job.collectionName}”` : `in “${job.localRootName}”`;
    parts.push(
      `Left half-written ${where}: ${names}${kept.length > 5 ? ` and ${kept.length - 5} more` : ''}. Delete ${kept.length === 1 ? 'it' : 'them'} or copy again.`,
    );
  }
  return parts.join(' ') || 'Nothing was left half-written.';
}
