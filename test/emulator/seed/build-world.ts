/**
 * Builds the canonical world for a seed name. Only `default` exists today; the seed
 * string also feeds the deterministic id source (core/ids.ts).
 */
import type { LogicalClock } from '../core/clock';
import type { IdSource } from '../core/ids';
import { World, type Group, type Identity } from '../core/world';
import { VfsTree } from '../vfs/tree';
import { COLLECTIONS, GROUPS, HA_POLICY_ID, IDENTITIES, IDP } from './ids';
import { addFile, populateHome, populateShare, SEED_EPOCH } from './sample-tree';
import { collection, rule, type CollectionSeed } from './collection-builders';

const ALICE = IDENTITIES.alice.id;
const BOB = IDENTITIES.bob.id;
const CAROL = IDENTITIES.carol.id;
const ADMIN = IDENTITIES.admin.id;

function seedIdentities(world: World): void {
  const add = (
    seed: (typeof IDENTITIES)[keyof typeof IDENTITIES],
    accountId: string,
    idp: { id: string; name: string },
  ) => {
    const identity: Identity = {
      id: seed.id,
      username: seed.username,
      name: seed.name,
      email: seed.email,
      organization: seed.organization,
      identityProviderId: idp.id,
      identityProviderName: idp.name,
      status: 'used',
      accountId,
      localUser: seed.localUser,
    };
    world.identities.set(identity.id, identity);
  };
  add(IDENTITIES.alice, ALICE, IDP.example);
  add(IDENTITIES.aliceUni, ALICE, IDP.uni);
  add(IDENTITIES.bob, BOB, IDP.example);
  add(IDENTITIES.carol, CAROL, IDP.example);
  add(IDENTITIES.admin, ADMIN, IDP.example);
}

function seedGroups(world: World): void {
  const add = (g: Omit<Group, 'groupType' | 'description'> & Partial<Group>) =>
    world.groups.set(g.id, { groupType: 'regular', description: null, ...g });
  add({
    ...GROUPS.aliceLab,
    description: 'Members of the Anderson lab.',
    parentId: null,
    visibility: 'authenticated',
    membersVisibility: 'members',
    memberships: [
      { identityId: ALICE, role: 'admin', status: 'active' },
      { identityId: BOB, role: 'member', status: 'active' },
      { identityId: CAROL, role: 'member', status: 'invited' },
    ],
  });
  add({
    ...GROUPS.aliceLabStudents,
    parentId: GROUPS.aliceLab.id,
    visibility: 'private',
    membersVisibility: 'managers',
    memberships: [
      { identityId: IDENTITIES.aliceUni.id, role: 'manager', status: 'active' },
      { identityId: BOB, role: 'member', status: 'active' },
    ],
  });
  add({
    ...GROUPS.everyone,
    description: 'Everyone with an account here.',
    parentId: null,
    groupType: 'plus',
    visibility: 'authenticated',
    membersVisibility: 'members',
    memberships: [
      { identityId: ADMIN, role: 'admin', status: 'active' },
      { identityId: ALICE, role: 'member', status: 'active' },
      { identityId: BOB, role: 'member', status: 'active' },
      { identityId: CAROL, role: 'member', status: 'active' },
    ],
  });
  add({
    ...GROUPS.carolReading,
    parentId: null,
    visibility: 'private',
    membersVisibility: 'managers',
    memberships: [
      { identityId: CAROL, role: 'admin', status: 'active' },
      { identityId: ALICE, role: 'member', status: 'pending' },
      { identityId: BOB, role: 'member', status: 'left' },
    ],
  });
}

function seedStorage(world: World): void {
  const posix = new VfsTree('posix', SEED_EPOCH);
  posix.mkdirs('/home', { mtime: SEED_EPOCH });
  for (const i of Object.values(IDENTITIES)) populateHome(posix, `/home/${i.localUser}`, i.localUser);
  posix.mkdirs('/home/alice/shared/projects/paper-2024', { mtime: SEED_EPOCH, user: 'alice' });
  addFile(posix, '/home/alice/shared/projects/paper-2024/draft.tex', 18_000, 2, 'alice');
  addFile(posix, '/home/alice/shared/projects/summary.txt', 900, 2, 'alice');
  posix.mkdirs('/home/alice/shared/lab', { mtime: SEED_EPOCH, user: 'alice' });
  addFile(posix, '/home/alice/shared/lab/protocol.md', 4000, 7, 'alice');
  posix.mkdirs('/home/alice/shared/private', { mtime: SEED_EPOCH, user: 'alice' });
  addFile(posix, '/home/alice/shared/private/diary.txt', 321, 1, 'alice');
  posix.mkdirs('/home/bob/outbox', { mtime: SEED_EPOCH, user: 'bob' });
  addFile(posix, '/home/bob/outbox/for-alice.txt', 250, 1, 'bob');
  posix.mkdirs('/tutorial', { mtime: SEED_EPOCH });
  populateShare(posix, '/tutorial/ep1', 'admin');
  posix.mkdirs('/tutorial/ep2/share/godata', { mtime: SEED_EPOCH, user: 'admin' });
  for (const n of ['file1.txt', 'file2.txt', 'file3.txt'])
    addFile(posix, `/tutorial/ep2/share/godata/${n}`, n === 'file3.txt' ? 6 : 4, 10, 'admin');
  world.storages.set(posix.id, posix);

  const secure = new VfsTree('secure', SEED_EPOCH);
  secure.mkdirs('/home', { mtime: SEED_EPOCH });
  for (const i of Object.values(IDENTITIES)) populateHome(secure, `/home/${i.localUser}`, i.localUser);
  addFile(secure, '/home/alice/patient-cohort.csv', 640_000, 3, 'alice', '0600');
  world.storages.set(secure.id, secure);

  const laptop = new VfsTree('alice-laptop', SEED_EPOCH);
  laptop.mkdirs('/home', { mtime: SEED_EPOCH });
  populateHome(laptop, '/home/alice', 'alice');
  laptop.mkdirs('/home/alice/Documents', { mtime: SEED_EPOCH, user: 'alice' });
  addFile(laptop, '/home/alice/Documents/thesis.pdf', 2_400_000, 12, 'alice');
  world.storages.set(laptop.id, laptop);

  const legacy = new VfsTree('legacy', SEED_EPOCH);
  legacy.mkdirs('/home', { mtime: SEED_EPOCH });
  for (const i of Object.values(IDENTITIES)) populateHome(legacy, `/home/${i.localUser}`, i.localUser);
  legacy.mkdirs('/data/archive', { mtime: SEED_EPOCH });
  addFile(legacy, '/data/archive/2019.tar', 10_485_760, 900);
  world.storages.set(legacy.id, legacy);
}

function seedCollections(world: World): void {
  const gcs = { gcsVersion: '5.4.80', subscriptionId: 'e0d1c1e0-0000-4000-8000-00000005ab5c' };
  collection(world, {
    ...gcs,
    id: COLLECTIONS.gcsEndpoint.id,
    entityType: 'GCSv5_endpoint',
    displayName: COLLECTIONS.gcsEndpoint.name,
    ownerId: ADMIN,
    public: true,
    description: 'The GCSv5 endpoint behind the emulated storage collections.',
    keywords: 'emulator,endpoint',
  });
  const mapped = collection(world, {
    ...gcs,
    id: COLLECTIONS.mapped.id,
    entityType: 'GCSv5_mapped_collection',
    displayName: COLLECTIONS.mapped.name,
    ownerId: ADMIN,
    public: true,
    description: 'POSIX storage with per-user home folders; needs a data_access consent.',
    keywords: 'posix,home,emulator',
    userMessage: 'Scheduled maintenance every first Monday of the month, 06:00–08:00 UTC: transfers pause meanwhile.',
    userMessageLink: 'https://status.emulated-storage.invalid/',
    storageId: 'posix',
    homeTemplate: '/home/{localUser}/',
    nonFunctionalEndpointId: COLLECTIONS.gcsEndpoint.id,
    httpsEnabled: true,
  });
  collection(world, {
    ...gcs,
    id: COLLECTIONS.highAssurance.id,
    entityType: 'GCSv5_mapped_collection',
    displayName: COLLECTIONS.highAssurance.name,
    ownerId: ADMIN,
    public: true,
    description: 'High-assurance storage: requires a login within the last 30 minutes.',
    keywords: 'secure,ha,emulator',
    storageId: 'secure',
    homeTemplate: '/home/{localUser}/',
    nonFunctionalEndpointId: COLLECTIONS.gcsEndpoint.id,
    highAssurance: true,
    authenticationTimeoutMins: 30,
    authenticationPolicyId: HA_POLICY_ID,
    httpsEnabled: true,
  });
  const guest = (seed: CollectionSeed & { hostPath: string }) =>
    collection(world, {
      ...gcs,
      storageId: 'posix',
      root: seed.hostPath,
      hostCollectionId: mapped.id,
      nonFunctionalEndpointId: COLLECTIONS.gcsEndpoint.id,
      httpsEnabled: true,
      ...seed,
    });
  const t1 = guest({
    id: COLLECTIONS.tutorial1.id,
    entityType: 'GCSv5_guest_collection',
    displayName: COLLECTIONS.tutorial1.name,
    ownerId: ADMIN,
    public: true,
    hostPath: '/tutorial/ep1/',
    description: 'Tutorial collection with sample data; anyone may read and write.',
    keywords: 'tutorial,sample,godata',
    organization: 'Example Research Computing',
  });
  t1.acl.push(rule(world, { principalType: 'all_authenticated_users', principal: '', path: '/', permissions: 'rw' }));
  const t2 = guest({
    id: COLLECTIONS.tutorial2.id,
    entityType: 'GCSv5_guest_collection',
    displayName: COLLECTIONS.tutorial2.name,
    ownerId: ADMIN,
    public: true,
    hostPath: '/tutorial/ep2/',
    description: 'Second tutorial collection.',
    keywords: 'tutorial,sample',
    organization: 'Example Research Computing',
  });
  t2.acl.push(rule(world, { principalType: 'all_authenticated_users', principal: '', path: '/', permissions: 'rw' }));
  const a = guest({
    id: COLLECTIONS.aliceShare.id,
    entityType: 'GCSv5_guest_collection',
    displayName: COLLECTIONS.aliceShare.name,
    ownerId: ALICE,
    hostPath: '/home/alice/shared/',
    description: 'Project data shared by Alice.',
  });
  a.acl.push(rule(world, { principalType: 'identity', principal: BOB, path: '/projects/', permissions: 'r' }));
  a.acl.push(rule(world, { principalType: 'group', principal: GROUPS.aliceLab.id, path: '/lab/', permissions: 'rw' }));
  const b = guest({
    id: COLLECTIONS.bobShare.id,
    entityType: 'GCSv5_guest_collection',
    displayName: COLLECTIONS.bobShare.name,
    ownerId: BOB,
    hostPath: '/home/bob/outbox/',
    description: 'Files Bob hands over.',
  });
  b.acl.push(rule(world, { principalType: 'identity', principal: ALICE, path: '/', permissions: 'rw' }));
  collection(world, {
    id: COLLECTIONS.gcpAlice.id,
    entityType: 'GCP_mapped_collection',
    displayName: COLLECTIONS.gcpAlice.name,
    ownerId: ALICE,
    storageId: 'alice-laptop',
    homeTemplate: '/home/alice/',
    description: 'Globus Connect Personal on Alice’s laptop.',
    gcpConnected: true,
    gcpPaused: false,
    legacyName: 'alice#laptop',
  });
  collection(world, {
    id: COLLECTIONS.legacyV4.id,
    entityType: 'GCSv4_host',
    displayName: COLLECTIONS.legacyV4.name,
    ownerId: ADMIN,
    public: true,
    storageId: 'legacy',
    homeTemplate: '/home/{localUser}/',
    description: 'A GCSv4 GridFTP server that still needs activation.',
    keywords: 'legacy,gridftp',
    legacyName: 'admin#legacy',
  });
  collection(world, {
    id: COLLECTIONS.deleted.id,
    entityType: 'GCSv5_mapped_collection',
    displayName: COLLECTIONS.deleted.name,
    ownerId: ADMIN,
    deleted: true,
    nonFunctionalEndpointId: COLLECTIONS.gcsEndpoint.id,
  });
}

function seedBookmarks(world: World): void {
  const add = (owner: string, name: string, endpointId: string, path: string, pinned = false) => {
    const id = world.nextId('bookmark');
    world.bookmarks.set(id, { id, ownerAccountId: owner, name, endpointId, path, pinned });
  };
  add(ALICE, 'Tutorial godata', COLLECTIONS.tutorial1.id, '/share/godata/', true);
  add(ALICE, 'Old storage', COLLECTIONS.deleted.id, '/');
  add(BOB, 'From Alice', COLLECTIONS.aliceShare.id, '/projects/');
}

export function buildWorld(seedName: string, clock: LogicalClock, ids: IdSource): World {
  if (seedName !== 'default') throw new Error(`unknown emulator seed '${seedName}' (known: default)`);
  const world = new World(clock, ids);
  seedIdentities(world);
  seedGroups(world);
  seedStorage(world);
  seedCollections(world);
  seedBookmarks(world);
  return world;
}
