import { beforeAll, describe, expect, it } from 'vitest';
import type { MembershipRole } from './modules/accounts/schema';
import { buildTestApp, type TestApp } from './test/build-app';
import { buildMunicipality, buildOrganization, buildUser } from './test/factories';

/**
 * The whole authorisation matrix for organisations, through HTTP: every role × action × target
 * (own organisation, another one in the same municipality, one in another municipality).
 */
type Action = 'read' | 'readInternal' | 'update' | 'readMembers' | 'manageMembers' | 'readAudit';
type Target = 'own' | 'other' | 'otherMunicipality';
type ActorName = 'admin' | 'lead' | 'staff' | 'planner' | 'instanceAdmin' | 'anonymous';
type Cell = 'allowed' | 'forbidden' | 'unauthenticated';

const Y = 'allowed';
const N = 'forbidden';
const U = 'unauthenticated';

// [own, other, otherMunicipality]; the planner's own organisation is its Jugendamt.
const matrix: Record<ActorName, Record<Action, [Cell, Cell, Cell]>> = {
  admin: {
    read: [Y, Y, Y],
    readInternal: [Y, N, N],
    update: [Y, N, N],
    readMembers: [Y, N, N],
    manageMembers: [Y, N, N],
    readAudit: [Y, N, N],
  },
  lead: {
    read: [Y, Y, Y],
    readInternal: [Y, N, N],
    update: [Y, N, N],
    readMembers: [Y, N, N],
    manageMembers: [N, N, N],
    readAudit: [N, N, N],
  },
  staff: {
    read: [Y, Y, Y],
    readInternal: [Y, N, N],
    update: [N, N, N],
    readMembers: [Y, N, N],
    manageMembers: [N, N, N],
    readAudit: [N, N, N],
  },
  planner: {
    read: [Y, Y, Y],
    readInternal: [Y, N, N],
    update: [N, N, N],
    readMembers: [Y, Y, N],
    manageMembers: [N, N, N],
    readAudit: [N, N, N],
  },
  // Instance admins administer everything but read no organisation's internal notes.
  instanceAdmin: {
    read: [Y, Y, Y],
    readInternal: [N, N, N],
    update: [Y, Y, Y],
    readMembers: [Y, Y, Y],
    manageMembers: [Y, Y, Y],
    readAudit: [Y, Y, Y],
  },
  anonymous: {
    read: [U, U, U],
    readInternal: [U, U, U],
    update: [U, U, U],
    readMembers: [U, U, U],
    manageMembers: [U, U, U],
    readAudit: [U, U, U],
  },
};

let t: TestApp;
const cookies = {} as Record<ActorName, string | undefined>;
const orgIds = {} as Record<ActorName, Record<Target, string>>;

beforeAll(async () => {
  t = await buildTestApp();
  const home = await buildMunicipality(t.db);
  const away = await buildMunicipality(t.db);
  const centre = await buildOrganization(t.db, { municipalityId: home.id, internalNotes: 'intern' });
  const youthOffice = await buildOrganization(t.db, { municipalityId: home.id, type: 'youth_office' });
  const neighbour = await buildOrganization(t.db, { municipalityId: home.id, internalNotes: 'intern' });
  const distant = await buildOrganization(t.db, { municipalityId: away.id, internalNotes: 'intern' });

  const member = (role: MembershipRole, organizationId: string) => t.signInAsNewMember(role, organizationId);
  cookies.admin = await member('admin', centre.id);
  cookies.lead = await member('lead', centre.id);
  cookies.staff = await member('staff', centre.id);
  cookies.planner = await member('planner', youthOffice.id);
  cookies.instanceAdmin = await t.signIn((await buildUser(t.db, { isInstanceAdmin: true })).email);
  cookies.anonymous = undefined;

  const targets = (own: string) => ({ own, other: neighbour.id, otherMunicipality: distant.id });
  for (const name of ['admin', 'lead', 'staff', 'anonymous'] as const) orgIds[name] = targets(centre.id);
  orgIds.planner = targets(youthOffice.id);
  orgIds.instanceAdmin = targets(centre.id);

  // Every organisation gets a history entry, so that reading it can be told apart from an empty list.
  for (const id of [centre.id, youthOffice.id, neighbour.id, distant.id]) {
    const org = await t.request({
      method: 'GET',
      url: `/api/v1/organizations/${id}`,
      cookie: cookies.instanceAdmin,
    });
    await t.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${id}`,
      cookie: cookies.instanceAdmin,
      payload: { version: org.json().version, description: 'Geprüft' },
    });
  }
});

async function attempt(action: Action, cookie: string | undefined, id: string): Promise<Cell> {
  const get = (url: string) => t.request({ method: 'GET', url, cookie });
  const outcome = (status: number, isAllowed: () => boolean): Cell => {
    if (status === 401) return 'unauthenticated';
    if (status === 403) return 'forbidden';
    expect(status).toBe(200);
    return isAllowed() ? 'allowed' : 'forbidden';
  };
  switch (action) {
    case 'read': {
      const res = await get(`/api/v1/organizations/${id}`);
      return outcome(res.statusCode, () => res.json().id === id);
    }
    case 'readInternal': {
      const res = await get(`/api/v1/organizations/${id}`);
      return outcome(res.statusCode, () => res.json().internalNotes !== undefined);
    }
    case 'update': {
      const current = await get(`/api/v1/organizations/${id}`);
      const version = current.statusCode === 200 ? current.json().version : 1;
      const res = await t.request({
        method: 'PATCH',
        url: `/api/v1/organizations/${id}`,
        cookie,
        payload: { version, phone: '0231 4711' },
      });
      return outcome(res.statusCode, () => true);
    }
    case 'readMembers': {
      const res = await get(`/api/v1/organizations/${id}/members`);
      return outcome(res.statusCode, () => true);
    }
    case 'manageMembers': {
      const res = await get(`/api/v1/organizations/${id}/invitations`);
      return outcome(res.statusCode, () => true);
    }
    case 'readAudit': {
      const res = await get(`/api/v1/audit?entityId=${id}`);
      return outcome(res.statusCode, () => res.json().items.length > 0);
    }
  }
}

describe('authorisation matrix for organisations', () => {
  const cases = Object.entries(matrix).flatMap(([actor, actions]) =>
    Object.entries(actions).flatMap(([action, cells]) =>
      (['own', 'other', 'otherMunicipality'] as const).map((target, i) => ({
        actor: actor as ActorName,
        action: action as Action,
        target,
        expected: cells[i],
      })),
    ),
  );

  it.each(cases)('$actor × $action × $target → $expected', async ({ actor, action, target, expected }) => {
    expect(await attempt(action, cookies[actor], orgIds[actor][target])).toBe(expected);
  });

  it('the permissions sent with a record agree with the matrix', async () => {
    for (const actor of ['admin', 'lead', 'staff', 'planner', 'instanceAdmin'] as const) {
      for (const target of ['own', 'other'] as const) {
        const res = await t.request({
          method: 'GET',
          url: `/api/v1/organizations/${orgIds[actor][target]}`,
          cookie: cookies[actor],
        });
        const index = target === 'own' ? 0 : 1;
        const permissions = res.json().permissions;
        for (const action of ['update', 'readMembers', 'manageMembers', 'readAudit'] as const) {
          expect(permissions[action], `${actor} ${action} ${target}`).toBe(
            matrix[actor][action][index] === 'allowed',
          );
        }
      }
    }
  });
});
