import { useServices } from '@/components/services/services-context';

/**
 * Where the role list of a GCSv5 collection is managed: on the endpoint, through the Globus web app, so
 * this points to that page for the collection.
 */
export function RolesSection({ collectionId }: { collectionId: string }) {
  const { config } = useServices();
  const href = `${config.webAppBaseUrl}/file-manager/collections/${encodeURIComponent(collectionId)}/roles`;
  return (
    <section aria-labelledby="roles-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="roles-title" className="mb-2 text-base font-semibold text-slate-900">
        Roles
      </h2>
      <p className="text-sm text-slate-700">
        Who administers this collection, manages its access or monitors its activity:{' '}
        <a href={href} target="_blank" rel="noreferrer noopener" className="text-blue-800 underline underline-offset-2">
          see and change roles in the Globus web app
        </a>
        .
      </p>
    </section>
  );
}
