import { useSearchParams } from 'react-router';
import { MessagePanel } from '@/components/ui/message-panel';
import { parseDatasetLink } from '@/lib/datasets/read-dataset-link';
import { DatasetHeader } from '@/features/datasets/components/dataset-header';
import { DatasetLoggedOut } from '@/features/datasets/components/dataset-logged-out';
import { DatasetContents } from '@/features/datasets/components/dataset-contents';

/**
 * `#/dataset?collection=…&path=…`: the focused, read-only view a portal links to. Logged out it shows
 * what the link itself carries and what logging in allows; logged in, the folder's files with sizes,
 * "Transfer to…" and, where the collection serves HTTPS, downloads.
 */
export function DatasetPage({ loggedIn }: { loggedIn: boolean }) {
  const [params] = useSearchParams();
  const parsed = parseDatasetLink(params);
  if (!parsed.ok) {
    return (
      <div className="mx-auto w-full max-w-3xl p-4 sm:p-6">
        <MessagePanel role="alert" tone="error" title="This dataset link is incomplete">
          <ul className="list-disc pl-5">
            {parsed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">Ask the site that published the link to check it.</p>
        </MessagePanel>
      </div>
    );
  }
  const link = parsed.value;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 p-4 sm:p-6">
      <DatasetHeader link={link} />
      {loggedIn ? <DatasetContents link={link} /> : <DatasetLoggedOut link={link} />}
    </div>
  );
}
