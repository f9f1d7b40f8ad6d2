// A fake Transfer / Auth / Groups for the sharing pages: a guest collection, its rules, two people and the
// user's groups, all from recorded fixtures where one exists.
import { createFakeHttp } from '@/test/fake-services';
import { fixture } from '@/test/globus-fixtures';
import type { Identity } from '@/lib/globus/auth-api';
import type { AccessRule } from '@/lib/globus/sharing';
import type { Endpoint } from '@/lib/globus/transfer-types';
import type { Group } from '@/lib/globus/groups';

export const GUEST_ID = '11111111-0000-4000-8000-0000000000aa';
export const BOB: Identity = {
  id: 'b0b00000-0000-4000-8000-000000000001',
  username: 'bob@example.org',
  name: 'Bob Brown',
  email: 'bob@example.org',
  organization: 'Example Lab',
  status: 'used',
  identity_provider: 'idp-1',
};
export const ADA: Identity = {
  ...BOB,
  id: 'ada00000-0000-4000-8000-000000000001',
  username: 'ada@example.org',
  name: 'Ada Lovelace',
  email: 'ada@example.org',
};
export const GROUPS = fixture<Group[]>('groups.get_my_groups').response_body;
export const GROUP = GROUPS[1]!; // "duke"

export const guestCollection = (extra: Partial<Endpoint> = {}): Endpoint => ({
  ...fixture<Endpoint>('transfer.get_endpoint.gcsv5_guest_collection').response_body,
  id: GUEST_ID,
  display_name: 'Lab Share',
  host_endpoint_display_name: 'Lab Storage',
  host_path: '/data/lab/',
  ...extra,
});

const base = fixture<AccessRule>('transfer.get_endpoint_acl_rule').response_body;
export const rule = (extra: Partial<AccessRule>): AccessRule => ({ ...base, expiration_date: null, ...extra });

export const RULES: AccessRule[] = [
  rule({ id: null, principal: ADA.id, path: '/', permissions: 'rw', role_id: 'role-1', role_type: 'administrator' }),
  rule({
    id: 'r-bob',
    principal: BOB.id,
    path: '/projects/',
    permissions: 'r',
    expiration_date: '2999-01-01T00:00:00+00:00',
  }),
  rule({ id: 'r-group', principal_type: 'group', principal: GROUP.id, path: '/lab/', permissions: 'rw' }),
  rule({ id: 'r-all', principal_type: 'all_authenticated_users', principal: '', path: '/public/' }),
];

export const DIRS = ['data', 'projects', 'lab'];

export function sharingServer(opts: { endpoint?: Endpoint; rules?: AccessRule[] } = {}) {
  const fake = createFakeHttp([
    { path: `endpoint/${GUEST_ID}`, reply: () => opts.endpoint ?? guestCollection() },
    {
      path: `endpoint/${GUEST_ID}/access_list`,
      reply: () => ({ DATA_TYPE: 'access_list', DATA: opts.rules ?? RULES }),
    },
    {
      path: 'v2/api/identities',
      reply: (req) => {
        const q = req.query ?? {};
        const all = [BOB, ADA];
        if (typeof q.ids === 'string')
          return { identities: all.filter((i) => q.ids!.toString().split(',').includes(i.id)) };
        return { identities: all.filter((i) => i.username === q.usernames) };
      },
    },
    { path: 'groups/my_groups', reply: () => GROUPS },
    {
      path: `operation/endpoint/${GUEST_ID}/ls`,
      reply: (req) => {
        const listing = fixture<{ DATA: object[] }>('transfer.operation_ls').response_body;
        const names = req.query?.path === '/' ? DIRS : [];
        const DATA = names.map((name) => ({ ...listing.DATA[0], name, type: 'dir' }));
        return { ...listing, path: req.query?.path ?? '/', DATA, length: DATA.length, total: DATA.length };
      },
    },
  ]);
  return fake;
}
