import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

// The suite's time went mostly to setting up each file (a DOM, React, the emulator's modules), not to its
// tests, so: worker threads, which start and load modules faster than child processes, and no per-file
// isolation. The emulator tests build a fresh emulator per test and keep no state in modules beyond
// read-only seed templates and signing keys, so they share one module cache; component tests share one
// happy-dom window and the loaded packages, and test/setup-component.ts gives each file fresh app modules,
// an empty IndexedDB and a clean window.
const shared = {
  pool: 'threads' as const,
  setupFiles: ['test/setup-unit.ts'],
  restoreMocks: true,
  // The suite must pass on a loaded two-core machine (CI, or a browser suite running beside it), where
  // Vitest's 5 s / 10 s defaults misfire; the heavy tests set their own, longer limits.
  testTimeout: 20_000,
  hookTimeout: 30_000,
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          ...shared,
          name: 'unit',
          // Unit/component tests run in happy-dom (its ArrayBuffers share Node's realm, which
          // oauth4webapi's WebCrypto calls need).
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
          isolate: false,
          setupFiles: [...shared.setupFiles, 'test/setup-component.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          ...shared,
          name: 'emulator',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          isolate: false,
        },
      },
    ],
  },
});
