/**
 * `npm start`: the offline Globus emulator plus the Vite dev server, with a config.json that points the
 * app at the emulator. A newcomer sees a working app without registering anything with Globus.
 */
import { createServer, type Plugin } from 'vite';
import { startEmulator } from '../test/emulator/server';
import { emulatorAppConfig } from '../test/emulator/app-config';
import { DEV_CLIENT_ID, IDENTITIES } from '../test/emulator/seed/ids';

const APP_PORT = Number(process.env.APP_PORT ?? 5173);
const EMULATOR_PORT = Number(process.env.EMULATOR_PORT ?? 8787);

const emulator = await startEmulator({ port: EMULATOR_PORT });
const devConfig = emulatorAppConfig(emulator.url, DEV_CLIENT_ID);

// Serve the emulator config instead of public/config.json (which is the deployer's file).
const serveEmulatorConfig: Plugin = {
  name: 'serve-emulator-config',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.split('?')[0] !== '/config.json') return next();
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Cache-Control', 'no-store');
      res.end(JSON.stringify(devConfig, null, 2));
    });
  },
};

const vite = await createServer({
  server: { port: APP_PORT, strictPort: true, host: 'localhost' },
  plugins: [serveEmulatorConfig],
});
await vite.listen();

const appUrl = `http://localhost:${APP_PORT}/`;
console.log(`
  App        ${appUrl}
  Emulator   ${emulator.url}   (control API: ${emulator.url}/__emulator/state)
  Log in as  ${Object.values(IDENTITIES)
    .map((i) => i.username)
    .join(', ')}
`);

const stop = async () => {
  await vite.close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
