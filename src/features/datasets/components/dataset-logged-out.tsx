import { LoginButton } from '@/components/services/login-button';
import { MessagePanel } from '@/components/ui/message-panel';
import type { DatasetLink } from '@/lib/datasets/dataset-link';

/** Before logging in: what the link names, and what logging in will allow. Login comes back here. */
export function DatasetLoggedOut({ link }: { link: DatasetLink }) {
  return (
    <>
      <section aria-label="Where the data is" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <p>
          Folder <code className="font-mono text-xs break-all">{link.path}</code> on the Globus collection{' '}
          <code className="font-mono text-xs break-all">{link.collectionId}</code>
        </p>
        {link.files?.length ? (
          <>
            <p className="mt-2 font-medium">Files in this dataset</p>
            <ul className="mt-1 list-disc pl-5 font-mono text-xs" aria-label="Files named by the link">
              {link.files.map((f) => (
                <li key={f} className="break-all">
                  {f}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-slate-600">The whole folder is the dataset.</p>
        )}
      </section>
      <MessagePanel
        title="Log in to get this data"
        actions={<LoginButton />}
        footnote="You will be sent to Globus to log in with your organisation, then brought back to this page."
      >
        <ul className="list-disc pl-5">
          <li>see the files with their sizes,</li>
          <li>transfer them to a collection of yours with Globus,</li>
          <li>download them in the browser where the collection allows it.</li>
        </ul>
      </MessagePanel>
    </>
  );
}
