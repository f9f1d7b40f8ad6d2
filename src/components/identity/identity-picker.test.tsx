import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { httpError } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';
import { fixture } from '@/test/globus-fixtures';
import { IdentityPicker } from '@/components/identity/identity-picker';
import type { Identity } from '@/lib/globus/auth-api';

setUpComponentTests();
afterEach(() => vi.useRealTimers());

const BOB: Identity = {
  id: 'b0b00000-0000-4000-8000-000000000001',
  username: 'bob@example.org',
  name: 'Bob Brown',
  email: 'bob@example.org',
  organization: 'Example Lab',
  status: 'used',
  identity_provider: 'idp-1',
};

function setUp(reply: (usernames: string, provision: unknown) => unknown, props = {}) {
  const fake = createFakeHttp([
    {
      path: 'v2/api/identities',
      reply: (req) => reply(String(req.query?.usernames ?? req.query?.ids), req.query?.provision),
    },
  ]);
  const onConfirm = vi.fn();
  const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
  renderWithServices({
    http: fake.http,
    element: (
      <form onSubmit={onSubmit}>
        <IdentityPicker onConfirm={onConfirm} {...props} />
      </form>
    ),
  });
  return { ...fake, onConfirm, onSubmit, box: screen.getByRole('textbox', { name: 'Username or email' }) };
}

describe('IdentityPicker', () => {
  it('looks up at most once per 300 ms of typing, then shows the exact identity to confirm', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { calls, box, onConfirm } = setUp((u) => ({ identities: u === BOB.username ? [BOB] : [] }));
    // 15 keystrokes 100 ms apart: typing never pauses for 300 ms.
    const typed = 'bob@example.org';
    for (let i = 1; i <= typed.length; i++) {
      fireEvent.change(box, { target: { value: typed.slice(0, i) } });
      await act(async () => void vi.advanceTimersByTime(100));
    }
    expect(calls).toHaveLength(0);
    await act(async () => void vi.advanceTimersByTime(150));
    expect(calls).toHaveLength(0);
    await act(async () => void vi.advanceTimersByTime(100));
    expect(calls.map((c) => c.query)).toEqual([{ usernames: 'bob@example.org', provision: false }]);
    // The answer arrives and React Query delivers it on its next timer tick.
    await act(() => vi.advanceTimersByTimeAsync(50));
    vi.useRealTimers();

    const summary = await screen.findByText('Bob Brown');
    expect(summary.closest('dl')?.textContent).toMatch(
      /Bob Brown.*bob@example\.org.*Example Lab.*Has signed in to Globus/,
    );
    expect(onConfirm).not.toHaveBeenCalled(); // nothing is used before it is confirmed
    await userEvent.click(screen.getByRole('button', { name: 'Use this identity' }));
    expect(onConfirm).toHaveBeenCalledWith(BOB);
    expect(screen.getByText('Chosen identity')).toBeTruthy();
  });

  it('says plainly when nobody has that username, keeps the text, and can invite an address', async () => {
    const placeholder = fixture<{ identities: Identity[] }>('auth.get_identities').response_body.identities[0]!;
    const { calls, box, onConfirm } = setUp(
      (u, provision) => ({ identities: provision === true ? [{ ...placeholder, username: u }] : [] }),
      { allowInvite: true },
    );
    await userEvent.type(box, 'new@uni.example.edu');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'No Globus identity has the username “new@uni.example.edu”',
    );
    expect((box as HTMLInputElement).value).toBe('new@uni.example.edu');
    await userEvent.click(screen.getByRole('button', { name: 'Invite new@uni.example.edu by email' }));
    expect(await screen.findByText(/has not used Globus yet/)).toBeTruthy();
    expect(calls.at(-1)!.query).toEqual({ usernames: 'new@uni.example.edu', provision: true });
    await userEvent.click(screen.getByRole('button', { name: 'Use this identity' }));
    expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ status: 'unused' }));
  });

  it('asks which one is meant when several identities match', async () => {
    const other = { ...BOB, id: 'b0b00000-0000-4000-8000-000000000002', organization: 'Other University' };
    const { box, onConfirm } = setUp(() => ({ identities: [BOB, other] }));
    await userEvent.type(box, 'bob@example.org');
    const group = await screen.findByRole('group', { name: /2 identities match “bob@example.org”/ });
    expect(screen.queryByRole('button', { name: 'Use this identity' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: /Other University/ }));
    expect(group).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Use this identity' }));
    expect(onConfirm).toHaveBeenCalledWith(other);
  });

  it('sends nothing for text that cannot be a username, and Enter never submits the form around it', async () => {
    const { calls, box, onSubmit } = setUp(() => ({ identities: [] }));
    await userEvent.type(box, 'bob{Enter}');
    expect(await screen.findByText(/Type the whole username/)).toBeTruthy();
    expect(calls).toHaveLength(0);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('a failed lookup says what happened and can be retried without retyping', async () => {
    let fail = true;
    const { box } = setUp(() =>
      fail ? httpError(503, { code: 'ServiceUnavailable', message: 'down' }) : { identities: [BOB] },
    );
    await userEvent.type(box, 'bob@example.org');
    expect((await screen.findByRole('alert')).textContent).toContain('Could not look up “bob@example.org”');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Bob Brown')).toBeTruthy();
  });

  it('a closed account is shown but cannot be chosen', async () => {
    const { box } = setUp(() => ({ identities: [{ ...BOB, status: 'closed' }] }));
    await userEvent.type(box, 'bob@example.org');
    expect(await screen.findByText('A closed account cannot be given access.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use this identity' })).toBeNull();
  });
});
