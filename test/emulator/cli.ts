/**
 * `npm run emulator -- --port 8787 --seed default|<state dump.json> [--host 127.0.0.1] [--permissive]
 *  [--token-lifetime 172800]`: runs the offline Globus emulator alone and prints its URLs.
 * A state dump (saved from GET /__emulator/state) is a seed: the emulator starts from it and resets to it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEmulator } from './server';
import { stateProblem, type StateDoc } from './control/state';
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

const fromFile = values.seed !== 'default' && values.seed.endsWith('.json');
let seedState: StateDoc | undefined;
if (fromFile) {
  try {
    seedState = JSON.parse(readFileSync(values.seed, 'utf8')) as StateDoc;
  } catch (e) {
    console.error(`Cannot read the seed file ${values.seed}: ${(e as Error).message}`);
    process.exit(2);
  }
  const problem = stateProblem(seedState);
  if (problem) {
    console.error(`${values.seed} is not a state dump: ${problem}`);
    process.exit(2);
  }
}

const emu = await startEmulator({
  port: Number(values.port),
  host: values.host,
  ...(seedState ? { seed: seedState.seed, seedState } : { seed: values.seed }),
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
  Control    ${u}/__emulator/state   (reset, clock/advance, clients, faults, files, tokens/expire|revoke, collections/<id>/disconnect)

  Dev client ${DEV_CLIENT_ID}  redirect URIs: ${DEV_REDIRECT_URIS.join(' ')}
  Users      ${Object.values(IDENTITIES)
    .map((i) => i.username)
    .join(', ')}
  Try        ${COLLECTIONS.tutorial1.name} = ${COLLECTIONS.tutorial1.id}
`);

for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void emu.close().then(() => process.exit(0)));
