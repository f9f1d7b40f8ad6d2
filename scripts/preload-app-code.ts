import type { Plugin } from 'vite';

/**
 * index.html's entry (src/main.tsx) is kept small so config.json and the file manager's code start
 * loading as soon as it runs; it then imports the app itself (src/app/start/start-app.tsx) dynamically.
 * That import is needed by every page, so index.html preloads its chunks too: the browser fetches them
 * alongside the entry instead of after it, and they count as the first page's code (scripts/bench).
 */
const APP_MODULE = '/src/app/start/start-app.tsx';

export function preloadAppCode(): Plugin {
  let base = '/';
  return {
    name: 'preload-app-code',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const app = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(APP_MODULE)),
        );
        if (!app || app.type !== 'chunk') throw new Error(`preload-app-code: no chunk for ${APP_MODULE}`);
        const files: string[] = [];
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.includes(fileName) || !chunk || chunk.type !== 'chunk') return;
          files.push(fileName);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        return files
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
