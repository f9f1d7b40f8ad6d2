import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { IdentitySummary } from '@/components/identity/identity-summary';
import type { Identity } from '@/lib/globus/auth-api';
import { describeError } from '@/lib/globus/describe-error';
import { identitiesQuery, type IdentitiesLookup } from '@/lib/queries/identities';

/** At most one lookup per this much typing (the identities API is shared by every Globus app). */
const IDENTITY_LOOKUP_DELAY_MS = 300;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Props = {
  /** Called once the person has checked the identity shown and confirmed it. */
  onConfirm: (identity: Identity) => void;
  /** Called when a confirmed identity is set aside to pick another. */
  onClear?: () => void;
  label?: string;
  confirmLabel?: string;
  /**
   * Offer to invite an address that has no Globus identity yet: Auth then provisions a placeholder
   * identity for it (only for addresses of an organization Globus knows).
   */
  allowInvite?: boolean;
  /** Text to start with (e.g. a form restored after a login round trip). */
  initialText?: string;
  autoFocus?: boolean;
};

/** Usernames are looked up as typed; an identity id works too. Anything else is not sent. */
function lookupFor(text: string, invite: boolean): IdentitiesLookup | null {
  if (UUID_RE.test(text)) return { ids: [text] };
  if (!text.includes('@') || /\s/.test(text)) return null;
  return { usernames: [text], provision: invite };
}

/**
 * Find one Globus identity by username (or email address, which is most people's username) and have
 * the user confirm exactly who it is before it is used. Lookups wait until typing pauses for
 * {@link IDENTITY_LOOKUP_DELAY_MS}. Handles not found (with an optional invitation), several matches,
 * closed accounts and failed lookups in words, and never clears what was typed.
 */
export function IdentityPicker({
  onConfirm,
  onClear,
  label = 'Username or email',
  confirmLabel = 'Use this identity',
  allowInvite = false,
  initialText = '',
  autoFocus = false,
}: Props) {
  const id = useId();
  const { http } = useServices();
  const [text, setText] = useState(initialText);
  const [looked, setLooked] = useState(initialText.trim());
  const [invite, setInvite] = useState<string | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<Identity | null>(null);

  useEffect(() => {
    const t = setTimeout(() => setLooked(text.trim()), IDENTITY_LOOKUP_DELAY_MS);
    return () => clearTimeout(t);
  }, [text]);

  const settled = looked === text.trim();
  const lookup = lookupFor(looked, invite === looked);
  const query = useQuery({ ...identitiesQuery(http, lookup ?? { ids: [] }), enabled: lookup !== null });
  const found = settled && lookup && query.data ? query.data.identities : null;
  const single = found?.length === 1 ? found[0]! : null;
  const chosen = single ?? found?.find((i) => i.id === choice) ?? null;

  const confirm = (identity: Identity) => {
    setConfirmed(identity);
    onConfirm(identity);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    // Enter looks up now (or confirms the one match), and never submits the form around the picker.
    e.preventDefault();
    if (!settled) setLooked(text.trim());
    else if (single && single.status !== 'closed') confirm(single);
  };

  if (confirmed) {
    return (
      <div className="rounded-md border border-slate-300 bg-slate-50 p-3">
        <p className="mb-2 text-sm font-medium text-slate-800">Chosen identity</p>
        <IdentitySummary identity={confirmed} />
        <Button
          size="sm"
          className="mt-2"
          onClick={() => {
            setConfirmed(null);
            onClear?.();
          }}
        >
          Choose someone else
        </Button>
      </div>
    );
  }

  const statusId = `${id}-status`;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        // Focus on open is what the dialog asks of this field.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={autoFocus}
        data-autofocus={autoFocus ? true : undefined}
        value={text}
        aria-describedby={statusId}
        placeholder="e.g. name@university.edu"
        onChange={(e) => {
          setText(e.target.value);
          setChoice(null);
        }}
        onKeyDown={onKeyDown}
        className="h-9 rounded-md border border-slate-300 px-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-600"
      />
      <div id={statusId} aria-live="polite" className="text-sm text-slate-700">
        <LookupState
          text={text.trim()}
          settled={settled}
          lookup={lookup}
          query={query}
          found={found}
          allowInvite={allowInvite}
          invited={invite === looked}
          onInvite={() => setInvite(looked)}
          choice={choice}
          onChoice={setChoice}
        />
      </div>
      {chosen ? (
        <div className="rounded-md border border-slate-300 p-3">
          <IdentitySummary identity={chosen} />
          {chosen.status === 'closed' ? (
            <p className="mt-2 text-sm text-red-800">A closed account cannot be given access.</p>
          ) : (
            <Button size="sm" variant="primary" className="mt-2" onClick={() => confirm(chosen)}>
              {confirmLabel}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}

function LookupState({
  text,
  settled,
  lookup,
  query,
  found,
  allowInvite,
  invited,
  onInvite,
  choice,
  onChoice,
}: {
  text: string;
  settled: boolean;
  lookup: IdentitiesLookup | null;
  query: { isFetching: boolean; error: Error | null; refetch: () => unknown };
  found: Identity[] | null;
  allowInvite: boolean;
  invited: boolean;
  onInvite: () => void;
  choice: string | null;
  onChoice: (id: string) => void;
}) {
  const name = useId();
  if (!text) return <p>Type the person’s Globus username, usually their institutional email address.</p>;
  if (!settled) return null;
  if (!lookup) return <p>Type the whole username including the part after @ (for example name@university.edu).</p>;
  if (query.error) {
    const d = describeError(query.error);
    return (
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-2">
        <p className="font-semibold text-red-900">
          Could not look up “{text}”: {d.title}
        </p>
        <p className="text-red-900">{d.detail}</p>
        <Button size="sm" className="mt-1" onClick={() => void query.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (query.isFetching || !found) return <Spinner label={`Looking up ${text}`} />;
  if (found.length === 0) {
    if (invited)
      return (
        <p role="alert" className="text-red-800">
          Globus cannot invite “{text}”: the address does not belong to an organization Globus knows. Ask them to sign
          up at Globus, then share with their username.
        </p>
      );
    return (
      <div>
        <p role="alert" className="text-red-800">
          No Globus identity has the username “{text}”. Check the spelling, or ask the person for the username they sign
          in to Globus with.
        </p>
        {allowInvite && EMAIL_RE.test(text) ? (
          <Button size="sm" className="mt-1" onClick={onInvite}>
            Invite {text} by email
          </Button>
        ) : null}
      </div>
    );
  }
  if (found.length === 1)
    return (
      <p>
        {found[0]!.status === 'unused'
          ? `${text} has not used Globus yet. Check the details, then confirm: they get access when they first sign in.`
          : 'Check this is the person you mean, then confirm.'}
      </p>
    );
  return (
    <fieldset>
      <legend>
        {found.length} identities match “{text}”. Choose the one you mean:
      </legend>
      {found.map((i) => (
        <label key={i.id} className="mt-1 flex items-center gap-2">
          <input type="radio" name={name} checked={choice === i.id} onChange={() => onChoice(i.id)} />
          <span>
            {i.name ?? i.username} — {i.username}
            {i.organization ? `, ${i.organization}` : ''}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
