import { describe, expect, it } from 'vitest';
import type { Actor } from '../../policy';
import { type PersonRef, personRules } from './policy';

const actor = (roles: [string, 'admin' | 'lead' | 'staff'][], isInstanceAdmin = false): Actor => ({
  userId: 'actor',
  name: 'A',
  email: 'a@x.example',
  isInstanceAdmin,
  memberships: roles.map(([organizationId, role]) => ({
    id: `${organizationId}-m`,
    organizationId,
    organizationName: organizationId,
    organizationType: 'family_centre',
    municipalityId: 'm',
    state: 'NW',
    role,
  })),
});
const person = (organizationIds: string[], extra: Partial<PersonRef> = {}): PersonRef => ({
  userId: 'p',
  isInstanceAdmin: false,
  isErased: false,
  organizationIds,
  ...extra,
});

describe('erasure rules', () => {
  it('an admin of every organisation of the person erases the account', () => {
    const admin = actor([
      ['a', 'admin'],
      ['b', 'admin'],
    ]);
    expect(personRules.eraseAccount(admin, person(['a', 'b']))).toBe(true);
  });

  it('an admin of only one of them removes the membership, not the account', () => {
    const admin = actor([['a', 'admin']]);
    expect(personRules.eraseAccount(admin, person(['a', 'b']))).toBe(false);
    expect(personRules.erase(admin, person(['a', 'b']))).toBe(true);
  });

  it('leads, staff and outsiders erase nobody; colleagues see the person, outsiders do not', () => {
    for (const role of ['lead', 'staff'] as const)
      expect(personRules.erase(actor([['a', role]]), person(['a']))).toBe(false);
    expect(personRules.see(actor([['a', 'staff']]), person(['a']))).toBe(true);
    expect(personRules.see(actor([['c', 'admin']]), person(['a']))).toBe(false);
  });

  it("an organisation admin never erases an instance admin's account; nobody erases an erased person", () => {
    expect(personRules.eraseAccount(actor([['a', 'admin']]), person(['a'], { isInstanceAdmin: true }))).toBe(
      false,
    );
    expect(personRules.erase(actor([], true), person(['a'], { isErased: true }))).toBe(false);
  });

  it('an instance admin erases any account but their own', () => {
    expect(personRules.eraseAccount(actor([], true), person([]))).toBe(true);
    const self = person([], { userId: 'actor', isInstanceAdmin: true });
    expect(personRules.erase(actor([], true), self)).toBe(false);
  });
});
