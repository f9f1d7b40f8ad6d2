import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { FolderBrowser } from '@/components/folder-browser/folder-browser';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { isAllowedOrigin, parseBrowseRequest, type BrowseRequest } from '@/lib/helper-pages/browse-collections';
import { endpointQuery } from '@/lib/queries/endpoint';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { CollectionSearch } from '@/features/helper-pages/components/collection-search';
import { PickPanel } from '@/features/helper-pages/components/pick-panel';
import { RequestSummary } from '@/features/helper-pages/components/request-summary';

/**
 * `#/browse?action=…`: this app as a browse-collections helper page for another portal, with Globus's
 * contract (docs/protocol/helper-pages.md#browse-collections). Nothing is sent, and no link leads
 * anywhere, unless `action` (and `cancelurl`) are http(s) addresses on an origin config.json allows.
 */
export function BrowseHelperPage({ loggedIn }: { loggedIn: boolean }) {
  const [params] = useSearchParams();
  const { config } = useServices();
  const parsed = parseBrowseRequest(params);
  if (!parsed.ok) {
    return (
      <Centered>
        <MessagePanel role="alert" tone="error" title="This request to choose files cannot be used">
          <ul className="list-disc pl-5">
            {parsed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">Go back to the site that sent you here and try again, or tell its maintainers.</p>
        </MessagePanel>
      </Centered>
    );
  }
  const req = parsed.value;
  const refused = [req.action, req.cancelUrl].filter(
    (u): u is string => u !== undefined && !isAllowedOrigin(u, config.helperPortalOrigins, window.location.origin),
  );
  if (refused.length) {
    return (
      <Centered>
        <MessagePanel role="alert" tone="error" title="This site is not allowed to receive your selection">
          <p>
            {refused.map((u) => new URL(u).origin).join(' and ')} is not one of the sites this deployment of{' '}
            {config.appName} sends selections to, so nothing will be sent there.
          </p>
          <p className="mt-2">
            If you trust it, ask whoever runs this app to add it to <code>helperPortalOrigins</code> in config.json.
          </p>
        </MessagePanel>
      </Centered>
    );
  }
  return <AllowedRequest req={req} loggedIn={loggedIn} />;
}

function Centered({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 p-4 sm:p-6">{children}</div>;
}

function AllowedRequest({ req, loggedIn }: { req: BrowseRequest; loggedIn: boolean }) {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  return (
    <Centered>
      <h1 className="text-lg font-semibold">Choose {whatToChoose(req)}</h1>
      <RequestSummary req={req} />
      {loggedIn ? (
        <Browse req={req} />
      ) : (
        <MessagePanel
          title="Log in to browse your collections"
          actions={
            <Button variant="primary" onClick={() => void auth.login({ returnTo })}>
              Log in with Globus
            </Button>
          }
          footnote="You will come back to this page after logging in."
        />
      )}
      {req.cancelUrl ? (
        <p>
          <a className="text-sm text-blue-800 underline" href={req.cancelUrl}>
            Cancel and go back to {new URL(req.cancelUrl).host}
          </a>
        </p>
      ) : null}
    </Centered>
  );
}

export function whatToChoose(req: BrowseRequest): string {
  if (req.fileLimit === 0) return req.folderLimit === 1 ? 'a folder' : 'folders';
  if (req.folderLimit === 0) return req.fileLimit === 1 ? 'a file' : 'files';
  return 'files and folders';
}

function Browse({ req }: { req: BrowseRequest }) {
  const { http } = useServices();
  const [collectionId, setCollectionId] = useState(req.originId ?? '');
  const [path, setPath] = useState(req.originPath ?? '');
  const collection = useQuery({ ...endpointQuery(http, collectionId), enabled: !!collectionId });
  const choose = (c: Endpoint) => {
    setCollectionId(c.id);
    setPath('');
  };
  if (!collectionId) return <CollectionSearch onChoose={choose} />;
  return (
    <section aria-label="Collection" className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <span className="text-sm">
          Collection: <strong>{collection.data?.display_name ?? collectionId}</strong>
        </span>
        <Button size="sm" onClick={() => setCollectionId('')}>
          Change collection
        </Button>
      </div>
      {/* A new folder is a new set of ticks: names are only meaningful inside their folder. */}
      <PickPanel
        key={`${collectionId}:${path}`}
        req={req}
        collection={collection.data}
        collectionId={collectionId}
        path={path}
      >
        {(picks) => <FolderBrowser collectionId={collectionId} path={path} onNavigate={setPath} picks={picks} />}
      </PickPanel>
    </section>
  );
}
