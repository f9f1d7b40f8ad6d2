import type { Endpoint } from '@/lib/globus/transfer-types';

/** The administrators' message to users (maintenance, rules of use): first thing on the page, never buried. */
export function UserMessage({ c }: { c: Endpoint }) {
  if (!c.user_message && !c.user_message_link) return null;
  return (
    <section
      aria-labelledby="user-message-title"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 shadow-sm"
    >
      <h2 id="user-message-title" className="font-semibold">
        Message from the collection’s administrators
      </h2>
      {c.user_message ? <p className="mt-1 whitespace-pre-line">{c.user_message}</p> : null}
      {c.user_message_link ? (
        <p className="mt-2">
          <a
            href={c.user_message_link}
            target="_blank"
            rel="noreferrer noopener"
            className="font-medium text-blue-900 underline underline-offset-2"
          >
            Read more: {c.user_message_link}
          </a>
        </p>
      ) : null}
    </section>
  );
}
