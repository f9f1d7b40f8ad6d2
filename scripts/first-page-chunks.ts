import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;
type CodeSplittingGroup = Rolldown.CodeSplittingGroup;

/**
 * The first page's code in two chunks instead of a dozen: `boot` for what src/main.tsx needs (it runs
 * first, so it stays small), `app` for the rest of what src/app/start/start-app.tsx imports. Left to
 * itself the bundler cuts the app into many small chunks shared with the lazy pages; every page loads
 * all of them anyway, and each costs a request and compresses worse on its own. Lazy pages import what
 * they share with the first page from these two chunks, which are already loaded.
 */
export function firstPageChunks(srcDir: string): CodeSplittingGroup[] {
  const boot = `${srcDir}/main.tsx`;
  const app = `${srcDir}/app/start/start-app.tsx`;
  let sets: { boot: Set<string>; app: Set<string> } | undefined;
  const setsOf = (ctx: ChunkingContext) => (sets ??= { boot: reachable(boot, ctx), app: reachable(app, ctx) });
  return [
    // First, so the app chunk cannot take what the first script needs (it would then wait for the app chunk).
    {
      debugName: 'boot',
      priority: 2,
      name: (id, ctx) => (id !== boot && setsOf(ctx).boot.has(id) ? 'boot' : null),
    },
    {
      debugName: 'app',
      priority: 1,
      name: (id, ctx) => (setsOf(ctx).app.has(id) && !reExportedOnly(id) ? 'app' : null),
    },
  ];
}

/**
 * Libraries the first page reaches through an index that re-exports everything (TanStack Query): the
 * bundler keeps their parts that lazy pages use apart from the first page, so they are not grouped here.
 */
const reExportedOnly = (id: string) => /\/node_modules\/@tanstack\//.test(id);

/** Every module `from` imports statically, directly or not (dynamic imports are where lazy code starts). */
function reachable(from: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(from);
  return seen;
}
