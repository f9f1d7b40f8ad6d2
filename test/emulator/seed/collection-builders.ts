/** Builders for the seed's collections, roles and access rules, with the defaults a new collection has. */
import { type AccessRule, type Collection, type Role, type World } from '../core/world';
import { SEED_EPOCH } from './sample-tree';

export type CollectionSeed = Partial<Collection> & Pick<Collection, 'id' | 'entityType' | 'displayName' | 'ownerId'>;

export function collection(world: World, seed: CollectionSeed): Collection {
  const owner = world.identity(seed.ownerId);
  const c: Collection = {
    description: null,
    organization: owner?.organization ?? null,
    department: null,
    keywords: null,
    contactEmail: owner?.email ?? null,
    infoLink: null,
    public: false,
    storageId: null,
    root: '/',
    homeTemplate: '/',
    defaultDirectory: null,
    hostCollectionId: null,
    hostPath: null,
    nonFunctionalEndpointId: null,
    highAssurance: false,
    authenticationTimeoutMins: null,
    authenticationPolicyId: null,
    gcpConnected: null,
    gcpPaused: null,
    activations: new Map(),
    deleted: false,
    httpsEnabled: false,
    forceEncryption: false,
    subscriptionId: null,
    gcsVersion: null,
    createdAt: SEED_EPOCH,
    roles: [],
    acl: [],
    legacyName: `${owner?.username.split('@')[0] ?? 'owner'}#${seed.id}`,
    ...seed,
  };
  c.roles.push(role(world, 'identity', c.ownerId, 'administrator'));
  world.collections.set(c.id, c);
  return c;
}

export function role(world: World, principalType: Role['principalType'], principal: string, name: Role['role']): Role {
  return { id: world.nextId('role'), principalType, principal, role: name };
}

export function rule(world: World, r: Omit<AccessRule, 'id' | 'createTime' | 'expirationDate'>): AccessRule {
  return { id: world.nextId('acl'), createTime: SEED_EPOCH, expirationDate: null, ...r };
}
