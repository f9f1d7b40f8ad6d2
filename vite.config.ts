import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { preloadAppCode } from './scripts/preload-app-code.ts';
import { firstPageChunks } from './scripts/first-page-chunks.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
// React Router's package exports point every bundler at its development build (dev-only warnings and
// checks); the shipped app takes the production build it also contains, which is smaller and faster.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

// base './' makes the built dist/ work from any folder of any static host.
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), preloadAppCode()],
  resolve: {
    alias: [
      { find: '@', replacement: src },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  // Every browser the app supports (ES2022) preloads modules natively; the polyfill would only add weight.
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: firstPageChunks(src) } } },
  },
}));
