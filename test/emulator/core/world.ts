/**
 * The emulated world: identities, groups, collections (with roles and access rules),
 * bookmarks, consents and the storage trees behind the collections.
 *
 * Interface for route modules and the task engine:
 *   world.identity(id) / world.identityByUsername(name) / world.identitySet(id)
 *   world.collection(id)                      -> Collection | undefined (deleted ones included)
 *   world.storage(collection)                 -> VfsTree holding the collection's data
 *   world.treePath(collection, path)          -> tree path for an (already ~-expanded) collection path
 *   world.homeOf(collection, identityId)      -> the collection path `~` expands to
 *   world.groupIdsOf(identityIds)             -> groups in which any of the identities is an active member
 *   world.nextId(label) / world.now()         -> deterministic ids, logical time
 * Access decisions (consent, policies, ACLs) live in transfer/collection-access.ts;
 * a task engine should call `checkCollectionAccess` from there before touching a tree.
 */
import type { LogicalClock } from './clock';
import type { IdSource } from './ids';
import { normalizePath, withTrailingSlash } from '../vfs/paths';
import type { VfsTree } from '../vfs/tree';
import { TaskStore } from '../tasks/task-store';

export interface Identity {
  id: string;
  username: string;
  name: string | null;
  email: string | null;
  organization: string | null;
  identityProviderId: string;
  identityProviderName: string;
  status: 'used' | 'unused' | 'private' | 'closed';
  /** Primary identity of the account this identity belongs to. */
  accountId: string;
  localUser: string;
}

export type GroupRole = 'member' | 'manager' | 'admin';
export type MembershipStatus = 'active' | 'invited' | 'pending' | 'rejected' | 'removed' | 'left' | 'declined';
export interface Membership {
  identityId: string;
  role: GroupRole;
  status: MembershipStatus;
}
export interface Group {
  id: string;
  name: string;
  description: string | null;
  parentId: string | null;
  groupType: 'regular' | 'plus';
  visibility: 'private' | 'authenticated';
  membersVisibility: 'members' | 'managers';
  memberships: Membership[];
}

export type EntityType =
  | 'GCSv5_endpoint'
  | 'GCSv5_mapped_collection'
  | 'GCSv5_guest_collection'
  | 'GCP_mapped_collection'
  | 'GCP_guest_collection'
  | 'GCSv4_host'
  | 'GCSv4_share';
export type RoleName = 'administrator' | 'access_manager' | 'activity_manager' | 'activity_monitor';

export interface Role {
  id: string;
  principalType: 'identity' | 'group';
  principal: string;
  role: RoleName;
}

export interface AccessRule {
  id: string;
  principalType: 'identity' | 'group' | 'all_authenticated_users' | 'anonymous';
  principal: string;
  /** Absolute within the collection, ends with `/`. */
  path: string;
  permissions: 'r' | 'rw';
  createTime: number;
  expirationDate: string | null;
}

export interface Collection {
  id: string;
  entityType: EntityType;
  displayName: string;
  ownerId: string;
  description: string | null;
  organization: string | null;
  department: string | null;
  keywords: string | null;
  contactEmail: string | null;
  infoLink: string | null;
  /** Editable through PUT endpoint/{id}; absent in older state dumps. */
  contactInfo?: string | null;
  userMessage?: string | null;
  userMessageLink?: string | null;
  disableVerify?: boolean;
  public: boolean;
  /** Storage tree id and the tree path that is this collection's `/`. Endpoints have none. */
  storageId: string | null;
  root: string;
  /** Where `~` points: a template using {localUser}, e.g. `/home/{localUser}/`, or `/`. */
  homeTemplate: string;
  defaultDirectory: string | null;
  hostCollectionId: string | null;
  hostPath: string | null;
  nonFunctionalEndpointId: string | null;
  highAssurance: boolean;
  authenticationTimeoutMins: number | null;
  authenticationPolicyId: string | null;
  gcpConnected: boolean | null;
  gcpPaused: boolean | null;
  /** Legacy GCSv4 activation per account: logical-clock second the activation expires. */
  activations: Map<string, number>;
  deleted: boolean;
  httpsEnabled: boolean;
  /** Data channels must be encrypted: tasks touching the collection get encrypt_data true. */
  forceEncryption: boolean;
  subscriptionId: string | null;
  gcsVersion: string | null;
  createdAt: number;
  roles: Role[];
  acl: AccessRule[];
  /** Legacy name for canonical_name (`owner#name`). */
  legacyName: string;
  /** Injected transfer faults (control API): the next `remaining` units touching the collection retry with `code`. */
  taskFault?: { code: TaskFaultCode; remaining: number } | null;
}

/** Faults a running task can meet on a collection's server, each retried as Transfer does (docs/protocol/tasks.md#task-events). */
export const TASK_FAULT_CODES = ['CONNECT_FAILED', 'TIMEOUT', 'ENDPOINT_ERROR', 'VERIFY_CHECKSUM'] as const;
export type TaskFaultCode = (typeof TASK_FAULT_CODES)[number];

export interface Bookmark {
  id: string;
  ownerAccountId: string;
  name: string;
  endpointId: string;
  path: string;
  pinned: boolean;
}

export interface Consent {
  id: number;
  accountId: string;
  clientId: string;
  scope: string;
  /** Scope strings from the root consent down to this one. */
  parentScopes: string[];
  created: number;
}

export class World {
  readonly identities = new Map<string, Identity>();
  readonly groups = new Map<string, Group>();
  readonly collections = new Map<string, Collection>();
  readonly storages = new Map<string, VfsTree>();
  readonly bookmarks = new Map<string, Bookmark>();
  readonly consents: Consent[] = [];
  /** identity account id -> collection ids recently listed (most recent first). */
  readonly recentlyUsed = new Map<string, string[]>();
  /** Transfer and delete tasks, pause rules (tasks/). */
  readonly tasks = new TaskStore();

  constructor(
    readonly clock: LogicalClock,
    readonly ids: IdSource,
  ) {}

  now(): number {
    return this.clock.now();
  }

  nextId(label = 'id'): string {
    return this.ids.uuid(label);
  }

  identity(id: string): Identity | undefined {
    return this.identities.get(id);
  }

  identityByUsername(username: string): Identity | undefined {
    const u = username.toLowerCase();
    for (const i of this.identities.values()) if (i.username.toLowerCase() === u) return i;
    return undefined;
  }

  /** All identities linked to the account of `id`, primary first. */
  identitySet(id: string): Identity[] {
    const accountId = this.identities.get(id)?.accountId;
    if (!accountId) return [];
    return [...this.identities.values()]
      .filter((i) => i.accountId === accountId)
      .sort((a, b) => (a.id === accountId ? -1 : b.id === accountId ? 1 : 0));
  }

  groupIdsOf(identityIds: string[]): Set<string> {
    const out = new Set<string>();
    for (const g of this.groups.values())
      if (g.memberships.some((m) => m.status === 'active' && identityIds.includes(m.identityId))) out.add(g.id);
    return out;
  }

  collection(id: string): Collection | undefined {
    return this.collections.get(id.toLowerCase());
  }

  storage(c: Collection): VfsTree {
    const tree = c.storageId ? this.storages.get(c.storageId) : undefined;
    if (!tree) throw new Error(`collection ${c.id} has no storage`);
    return tree;
  }

  treePath(c: Collection, collectionPath: string): string {
    return normalizePath(withTrailingSlash(c.root) + normalizePath(collectionPath));
  }

  homeOf(c: Collection, identityId: string): string {
    const localUser = this.identity(identityId)?.localUser ?? 'nobody';
    return withTrailingSlash(normalizePath(c.homeTemplate.replace('{localUser}', localUser)));
  }

  markUsed(accountId: string, collectionId: string): void {
    const list = (this.recentlyUsed.get(accountId) ?? []).filter((id) => id !== collectionId);
    list.unshift(collectionId);
    this.recentlyUsed.set(accountId, list.slice(0, 50));
  }
}

/** Only non-HA GCSv5 mapped collections have a data_access scope (docs/protocol/consent-and-sessions.md). */
export function requiresDataAccessConsent(c: Collection): boolean {
  return c.entityType === 'GCSv5_mapped_collection' && !c.highAssurance && !c.deleted;
}
