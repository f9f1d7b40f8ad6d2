/**
 * `npm start`: what users get — the production build, served by a plain static host — plus the offline
 * Globus emulator and a config.json that points the app at it. A newcomer sees a working app, at full
 * speed, without registering anything with Globus.
 * `npm run dev` (`--dev`): the same with Vite's dev server instead (hot reload, unminified, much slower).
 *
 * The emulator registers the URLs the app is really served from as the client's redirect URIs, so any
 * APP_PORT logs in.
 */
import { build, createServer, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../test/emulator/server';
import { emulatorAppConfig, localAppUrls } from '../test/emulator/app-config';
import { DEV_CLIENT_ID, DEV_CLIENT_NAME, IDENTITIES } from '../test/emulator/seed/ids';
import { serveStatic } from '../test/e2e/static-server';

const APP_PORT = Number(process.env.APP_PORT ?? 5173);
const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 8787);
const dev = process.argv.includes('--dev');
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const appUrls = localAppUrls(APP_PORT);
const emulator = await startEmulator({
  port: EMULATOR_PORT,
  clients: [{ id: DEV_CLIENT_ID, name: DEV_CLIENT_NAME, redirectUris: appUrls }],
});
const appConfig = emulatorAppConfig(emulator.url, DEV_CLIENT_ID);

let close: () => Promise<void>;
if (dev) {
  // Serve the emulator config instead of public/config.json (which is the deployer's file).
  const serveEmulatorConfig: Plugin = {
    name: 'serve-emulator-config',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/config.json') return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(appConfig, null, 2));
      });
    },
  };
  const vite = await createServer({
    server: { port: APP_PORT, strictPort: true, host: 'localhost' },
    plugins: [serveEmulatorConfig],
  });
  await vite.listen();
  close = () => vite.close();
} else {
  console.log('Building the app (production build)…');
  await build({ logLevel: 'warn' });
  const site = await serveStatic({ root: DIST, mountPath: '/', config: appConfig, port: APP_PORT });
  close = () => site.close();
}

console.log(`
  App        ${appUrls[0]}${dev ? '   (Vite dev server: hot reload, slower)' : '   (production build; npm run dev for hot reload)'}
  Emulator   ${emulator.url}   (control API: ${emulator.url}/__emulator/state)
  Log in as  ${Object.values(IDENTITIES)
    .map((i) => i.username)
    .join(', ')}
`);

const stop = async () => {
  await close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
