/**
 * `npm run emulator -- --port 8787 --seed default [--host 127.0.0.1] [--permissive]
 *  [--token-lifetime 172800]`: runs the offline Globus emulator alone and prints its URLs.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './server';
import { COLLECTIONS, DEV_CLIENT_ID, DEV_REDIRECT_URIS, IDENTITIES } from './seed/ids';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: 'default' },
    permissive: { type: 'boolean', default: false },
    'token-lifetime': { type: 'string' },
  },
});

const emu = await startEmulator({
  port: Number(values.port),
  host: values.host,
  seed: values.seed,
  strict: !values.permissive,
  accessTokenLifetimeSeconds: values['token-lifetime'] ? Number(values['token-lifetime']) : undefined,
});
const u = emu.url;
console.log(`Offline Globus emulator (seed "${values.seed}", ${values.permissive ? 'permissive' : 'strict'} tokens) at ${u}

  Auth       ${u}/.well-known/openid-configuration   (authorize: ${u}/v2/oauth2/authorize)
  Transfer   ${u}/v0.10/
  Groups     ${u}/v2/groups/
  Helpers    ${u}/helpers/browse-collections?action=...   ${u}/file-manager?origin_id=...   ${u}/activity/<task_id>
  HTTPS      ${u}/__https/<collection_id>/<path>
  Control    ${u}/__emulator/state   (reset, clock/advance, clients, faults, tokens/expire|revoke, collections/<id>/disconnect)

  Dev client ${DEV_CLIENT_ID}  redirect URIs: ${DEV_REDIRECT_URIS.join(' ')}
  Users      ${Object.values(IDENTITIES).map((i) => i.username).join(', ')}
  Try        ${COLLECTIONS.tutorial1.name} = ${COLLECTIONS.tutorial1.id}
`);

for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void emu.close().then(() => process.exit(0)));
