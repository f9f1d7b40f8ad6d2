import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFailure, isNetworkFailure } from '@/lib/globus/describe-failure';
import { GlobusError, NetworkError, parseGlobusError } from '@/lib/globus/errors';

afterEach(() => vi.restoreAllMocks());

const http = (status: number, code = '', message = 'refused') =>
  parseGlobusError('transfer', status, { code, message });

describe('describeFailure', () => {
  it('only a request without an answer is a network outage', () => {
    expect(describeFailure(new NetworkError())).toMatchObject({ title: 'Cannot reach Globus', transient: true });
    expect(describeFailure(new TypeError('Failed to fetch')).title).toBe('Cannot reach Globus');
    expect(isNetworkFailure(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(true);
    // A bug or a response of the wrong shape is not the network being down.
    expect(isNetworkFailure(new TypeError("Cannot read properties of undefined (reading 'DATA')"))).toBe(false);
    expect(describeFailure(new Error('DATA[0].status: Invalid type')).detail).not.toMatch(/network/i);
    const invalid = new GlobusError({
      service: 'transfer',
      status: 200,
      code: 'UnexpectedResponse',
      message: 'odd answer',
      body: {},
    });
    expect(describeFailure(invalid)).toMatchObject({ transient: true });
    expect(describeFailure(invalid).title).not.toBe('Cannot reach Globus');
  });

  it('a browser that knows it is offline is the network case', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(describeFailure(new Error('whatever')).title).toBe('Cannot reach Globus');
  });

  it('words HTTP refusals for a list and for one task', () => {
    expect(describeFailure(http(429, 'RateLimited'))).toMatchObject({
      title: 'Globus asked us to slow down',
      transient: true,
    });
    expect(describeFailure(http(401, 'AuthenticationFailed'))).toMatchObject({
      title: 'Your Globus session has ended',
      transient: false,
    });
    expect(describeFailure(http(404, 'TaskNotFound'), 'task')).toMatchObject({
      title: 'Task not found',
      transient: false,
    });
    expect(describeFailure(http(403, 'PermissionDenied'), 'task').title).toBe('This task belongs to another identity');
    expect(describeFailure(http(503, 'ServiceUnavailable', 'Down for maintenance.'))).toMatchObject({
      title: 'Globus is having trouble',
      detail: 'Down for maintenance. Updates resume by themselves.',
      transient: true,
    });
    expect(describeFailure(http(400, 'BadRequest', 'Bad filter'))).toEqual({
      title: 'Globus refused the request',
      detail: 'Bad filter',
      transient: false,
    });
  });
});
