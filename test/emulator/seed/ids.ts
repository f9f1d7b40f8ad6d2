/**
 * Seeded ids and paths (contract: docs/contracts.md). Fixed literals so tests and the
 * app's fixtures can name seeded objects; they do not depend on the seed string.
 */

/** The default public (PKCE) client. Redirect URIs: http://localhost:5173/ and http://127.0.0.1:5173/. */
export const DEV_CLIENT_ID = 'e0d1c1e0-0000-4000-8000-00000000c11e';
export const DEV_CLIENT_NAME = 'Globus Browser Client (dev)';
export const DEV_REDIRECT_URIS = ['http://localhost:5173/', 'http://127.0.0.1:5173/'];

export interface SeedIdentity {
  id: string;
  username: string;
  name: string;
  email: string;
  organization: string;
  /** Local POSIX account on the seeded storage (identity mapping). */
  localUser: string;
}

export const IDP = {
  example: { id: 'e0d1c1e0-0000-4000-8000-0000000001d0', name: 'Example Identity Provider', domain: 'example.org' },
  uni: { id: 'e0d1c1e0-0000-4000-8000-0000000001d1', name: 'Example University', domain: 'uni.example.edu' },
} as const;

export const IDENTITIES = {
  alice: {
    id: 'a11ce000-0000-4000-8000-000000000001',
    username: 'alice@example.org',
    name: 'Alice Anderson',
    email: 'alice@example.org',
    organization: 'Example Lab',
    localUser: 'alice',
  },
  /** Alice's second identity, linked to the same account (identity_set of alice). */
  aliceUni: {
    id: 'a11ce000-0000-4000-8000-000000000002',
    username: 'aanderson@uni.example.edu',
    name: 'Alice Anderson',
    email: 'aanderson@uni.example.edu',
    organization: 'Example University',
    localUser: 'aanderson',
  },
  bob: {
    id: 'b0b00000-0000-4000-8000-000000000001',
    username: 'bob@example.org',
    name: 'Bob Brown',
    email: 'bob@example.org',
    organization: 'Example Lab',
    localUser: 'bob',
  },
  carol: {
    id: 'ca201000-0000-4000-8000-000000000001',
    username: 'carol@example.org',
    name: 'Carol Chen',
    email: 'carol@example.org',
    organization: 'Example Institute',
    localUser: 'carol',
  },
  /** Operator of the seeded storage and owner of the tutorial collections. */
  admin: {
    id: 'ad000000-0000-4000-8000-000000000001',
    username: 'admin@example.org',
    name: 'Dana Admin',
    email: 'admin@example.org',
    organization: 'Example Research Computing',
    localUser: 'admin',
  },
} as const satisfies Record<string, SeedIdentity>;

export const GROUPS = {
  aliceLab: { id: '60000000-0000-4000-8000-00000000a1ab', name: 'Alice Lab' },
  aliceLabStudents: { id: '60000000-0000-4000-8000-00000000a1ac', name: 'Alice Lab Students' },
  everyone: { id: '60000000-0000-4000-8000-0000000e7e21', name: 'Emulator Users' },
  carolReading: { id: '60000000-0000-4000-8000-00000000ca20', name: "Carol's Reading Group" },
} as const;

/** Globus Auth policy enforced by the high-assurance collection. */
export const HA_POLICY_ID = 'b01c0000-0000-4000-8000-0000000000aa';

export const COLLECTIONS = {
  /** Public GCSv5 guest collection, no consent needed, everyone may read and write. Rich sample tree. */
  tutorial1: { id: 'c0000000-0000-4000-8000-000000000001', name: 'Emulated Tutorial Collection 1' },
  /** Second public tutorial guest collection (a transfer destination). */
  tutorial2: { id: 'c0000000-0000-4000-8000-000000000002', name: 'Emulated Tutorial Collection 2' },
  /** GCSv5 endpoint (non_functional: holds no data, cannot be listed). */
  gcsEndpoint: { id: 'c0000000-0000-4000-8000-0000000000e5', name: 'Emulated GCSv5 Endpoint' },
  /** Non-HA GCSv5 mapped collection: ConsentRequired until the data_access consent is granted. */
  mapped: { id: 'c0000000-0000-4000-8000-000000000010', name: 'Emulated POSIX Storage' },
  /** High-assurance GCSv5 mapped collection: AuthPolicyFailed when the login is older than 30 min. */
  highAssurance: { id: 'c0000000-0000-4000-8000-000000000020', name: 'Emulated Secure Storage (HA)' },
  /** Alice's guest collection on `mapped` (/home/alice/shared/): bob may read /projects/, Alice Lab may write /lab/. */
  aliceShare: { id: 'c0000000-0000-4000-8000-000000000031', name: "Alice's Shared Data" },
  /** Bob's guest collection on `mapped` (/home/bob/outbox/), shared read-write with alice. */
  bobShare: { id: 'c0000000-0000-4000-8000-000000000032', name: "Bob's Outbox" },
  /** Globus Connect Personal collection of alice (editable, deletable, can disconnect). */
  gcpAlice: { id: 'c0000000-0000-4000-8000-000000000040', name: "Alice's Laptop" },
  /** Legacy GCSv4 host: operations answer ClientError.ActivationRequired until autoactivated. */
  legacyV4: { id: 'c0000000-0000-4000-8000-000000000050', name: 'Legacy GridFTP Server' },
  /** A deleted endpoint: GET answers 404 EndpointDeleted (bookmarks may still point at it). */
  deleted: { id: 'c0000000-0000-4000-8000-0000000000de', name: 'Decommissioned Storage' },
} as const;

/** Folders in COLLECTIONS.tutorial1 (and, under /home/<user>/, in `mapped` and `gcpAlice`). */
export const PATHS = {
  home: '/~/',
  share: '/share/',
  godata: '/share/godata/',
  /** Name with a space, `#` and non-ASCII characters. */
  special: '/share/godata/Ωmega data #1 ü/',
  /** Names with `%`, `?`, `&`, `+`, leading dots, unicode and a 255-byte name. */
  oddNames: '/share/odd names/',
  /** 100 000 files, generated lazily. */
  big: '/share/big/',
  bigCount: 100_000,
  empty: '/share/empty/',
  nested: '/share/nested/level1/level2/level3/',
  /** Read-only for everyone (owned by root, POSIX mode 0555). */
  readOnly: '/share/readonly/',
} as const;

export type IdentityKey = keyof typeof IDENTITIES;
