import { describe, expect, it } from 'vitest';
import { PLAN_ROLES, refusalReason, roleAllows, type Permission, type PlanRole } from '../../server/auth/roles';

// The words, as a table: viewer reads; lead also updates (their own) actions;
// editor also records reviews and imports; admin also administers.
const EXPECTED: Record<PlanRole, Permission[]> = {
  viewer: ['read'],
  lead: ['read', 'update-action'],
  editor: ['read', 'update-action', 'edit-action', 'record-review', 'import'],
  admin: ['read', 'update-action', 'edit-action', 'record-review', 'import', 'administer'],
};
const ALL: Permission[] = ['read', 'update-action', 'edit-action', 'record-review', 'import', 'administer'];

describe('what each role may do', () => {
  for (const role of PLAN_ROLES) {
    it(`${role}`, () => {
      expect(ALL.filter((permission) => roleAllows(role, permission))).toEqual(EXPECTED[role]);
    });
  }

  it('says which plan, the role held and the roles needed', () => {
    expect(refusalReason('hfd-2022', 'viewer', 'record-review')).toBe('Your role on plan "hfd-2022" is viewer: recording a review needs the role editor or admin.');
    expect(refusalReason('send', undefined, 'read')).toBe('You have no role on plan "send": reading this plan needs the role viewer, lead, editor or admin.');
    expect(refusalReason('send', 'editor', 'administer')).toBe('Your role on plan "send" is editor: administering plans, users and tokens needs the role admin.');
  });
});
