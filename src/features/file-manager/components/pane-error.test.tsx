import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlobusError, NetworkError } from '@/lib/globus/errors';
import { createFakeHttp, errorFixture, errorFromFixture, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';
import { eventually } from '@/test/eventually';

const consentRequired = errorFixture('consent_required');
const permissionDenied = errorFixture('endpoint_permission_denied');
const gcDisconnected = errorFixture('gc_disconnected');
const notFound = errorFixture('stat_not_found');
const authPolicy = errorFixture('auth_policy_failed');

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpComponentTests();

const ROUTE = '/files?origin_id=c-1&origin_path=%2Fdata%2Fmissing%2F';

function renderFailing(error: unknown, path = '/data/missing/') {
  const { http, calls } = createFakeHttp([
    {
      path: /\/ls$/,
      reply: () => {
        throw error;
      },
    },
  ]);
  const onNavigate = vi.fn();
  const { auth } = renderWithServices({
    entry: ROUTE,
    http,
    element: (
      <TestFileManager left={{ collectionId: 'c-1', path }} onNavigate={onNavigate}>
        <FilePane collectionName="Lab Storage" />
      </TestFileManager>
    ),
  });
  return { auth, onNavigate, calls };
}

describe('FilePane errors', () => {
  it('not found: explains and offers to go up or to the collection root', async () => {
    const { onNavigate } = renderFailing(errorFromFixture(notFound));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Go up one level' }));
    expect(onNavigate).toHaveBeenLastCalledWith('/data/');
    await userEvent.click(screen.getByRole('button', { name: 'Go to the collection root' }));
    expect(onNavigate).toHaveBeenLastCalledWith('/');
  });

  it('permission denied: says so and offers a way out', async () => {
    renderFailing(errorFromFixture(permissionDenied));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/permission|denied|not allowed/i);
    expect(screen.getByRole('button', { name: 'Go up one level' })).toBeTruthy();
  });

  it('consent required: names the data_access scope and re-logs in with the required scopes', async () => {
    const { auth } = renderFailing(errorFromFixture(consentRequired));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('data_access');
    expect(alert.textContent).toContain('Lab Storage');
    await userEvent.click(screen.getByRole('button', { name: 'Give consent' }));
    expect(auth.login).toHaveBeenCalledWith({
      returnTo: `#${ROUTE}`,
      extraScopes: (consentRequired.response_body as { required_scopes: string[] }).required_scopes,
    });
  });

  it('session policy: logs in again with the authorization parameters', async () => {
    const { auth } = renderFailing(errorFromFixture(authPolicy));
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Log in again' }));
    expect(auth.login).toHaveBeenCalledWith(
      expect.objectContaining({
        returnTo: `#${ROUTE}`,
        authorizationParameters: expect.objectContaining({ session_required_policies: expect.any(Array) }),
      }),
    );
  });

  it('collection disconnected: explains and retries', async () => {
    const { calls } = renderFailing(errorFromFixture(gcDisconnected));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/connect/i);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await eventually(() => expect(calls.length).toBe(2));
  });

  it('rate limited and network failures offer Try again', async () => {
    const limited = new GlobusError({
      service: 'transfer',
      status: 429,
      code: 'RateLimited',
      message: 'Too many',
      body: {},
    });
    renderFailing(limited);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('network failure offers Try again', async () => {
    renderFailing(new NetworkError());
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
