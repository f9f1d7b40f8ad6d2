import type { Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;
type CodeSplittingGroup = Rolldown.CodeSplittingGroup;

/**
 * The first page's code in four chunks instead of a dozen: `boot` for what src/main.tsx needs (it runs
 * first, so it stays small); `app` for the rest of what src/app/start/start-app.tsx imports, except React
 * DOM and React Router, which have a chunk each; and what the file manager's page shares with other pages
 * in `files-shared`. Left to itself the bundler cuts the app into many small chunks shared with the lazy
 * pages; every page loads all of them anyway, and each costs a request and compresses worse on its own.
 * Lazy pages import what they share with the first page from these chunks, which are already loaded.
 */
export function firstPageChunks(srcDir: string): CodeSplittingGroup[] {
  const boot = `${srcDir}/main.tsx`;
  const app = `${srcDir}/app/start/start-app.tsx`;
  const files = `${srcDir}/app/routes/files-route.tsx`;
  let sets: { boot: Set<string>; app: Set<string>; filesShared: Set<string> } | undefined;
  const setsOf = (ctx: ChunkingContext) => {
    if (sets) return sets;
    const others = new Set<string>();
    for (const entry of lazyEntries(boot, ctx))
      if (entry !== files) reachable(entry, ctx).forEach((id) => others.add(id));
    const filesShared = new Set([...reachable(files, ctx)].filter((id) => others.has(id)));
    return (sets = { boot: reachable(boot, ctx), app: reachable(app, ctx), filesShared });
  };
  return [
    // React DOM and the router are most of the app chunk's bytes. In chunks of their own the browser parses
    // them on other threads at the same time as the rest, instead of one after the other: on a cold load the
    // app's code runs as soon as it is parsed, so this is the first listing's critical path.
    { debugName: 'react-dom', priority: 3, name: (id) => (REACT_DOM.test(id) ? 'react-dom' : null) },
    { debugName: 'react-router', priority: 3, name: (id) => (REACT_ROUTER.test(id) ? 'react-router' : null) },
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
    // The file manager (which main.tsx starts loading on most pages) shares two dozen small pieces with
    // other pages; each would be a request and a preload link the first script adds before it can go on.
    // They make one chunk instead: the file manager loads two, and other pages load some code they need not.
    {
      debugName: 'files-shared',
      priority: 0,
      name: (id, ctx) => (setsOf(ctx).filesShared.has(id) && !reExportedOnly(id) ? 'files-shared' : null),
    },
  ];
}

const REACT_DOM = /\/node_modules\/(react-dom|scheduler)\//;
const REACT_ROUTER = /\/node_modules\/react-router\//;

/**
 * Libraries the first page reaches through an index that re-exports everything (TanStack Query): the
 * bundler keeps their parts that lazy pages use apart from the first page, so they are not grouped here.
 */
const reExportedOnly = (id: string) => /\/node_modules\/@tanstack\/(react-query|query-core)\//.test(id);

/** Every module imported dynamically (a lazy page, a dialog) anywhere in the app that `from` starts. */
function lazyEntries(from: string, ctx: ChunkingContext): Set<string> {
  const entries = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    for (const next of info?.importedIds ?? []) visit(next);
    for (const next of info?.dynamicallyImportedIds ?? []) {
      entries.add(next);
      visit(next);
    }
  };
  visit(from);
  return entries;
}

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
