/** The file manager page's code: one import() shared by its route and the start-up preload, so it loads once. */
export const loadFilesPage = () => import('@/app/routes/files-route');

/**
 * Starts downloading the file manager's code at the very start of a page load (main.tsx), in parallel with
 * the rest of the app and config.json, so the first listing does not wait for it; the route's lazy() then
 * finds it loaded or on its way.
 */
export function preloadFilesPage(): void {
  loadFilesPage().catch(() => {
    // The route's own lazy() loads it again and shows a failure there.
  });
}
