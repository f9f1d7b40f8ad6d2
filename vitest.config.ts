import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // Unit/component tests run in happy-dom (its ArrayBuffers share Node's realm, which
    // oauth4webapi's WebCrypto calls need); emulator tests opt into node per file.
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup-unit.ts'],
    restoreMocks: true,
    // The suite must pass on a loaded two-core machine (CI, or a browser suite running beside it), where
    // Vitest's 5 s / 10 s defaults misfire; the heavy tests set their own, longer limits.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
