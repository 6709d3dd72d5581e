import { describe, expect, it } from 'vitest';
import type { Me } from '../../src/api/schemas';
import { planAccess, roleToShow, type Session } from '../../src/app/session';
import type { Permission } from '../../src/domain/roles';

const ALL: Permission[] = ['read', 'update-action', 'record-review', 'import', 'administer'];
const me: Me = {
  name: 'Lee Lead',
  kind: 'user',
  demo: false,
  plans: [
    { planId: 'a', role: 'lead', leadKeys: ['Head of SEND'] },
    { planId: 'b', role: 'admin', leadKeys: [] },
  ],
};
const signedIn: Session = { status: 'signed-in', me, signOutUrl: 'http://x/auth/logout' };
const allowed = (session: Session, planId: string) => ALL.filter((permission) => planAccess(session, planId).can(permission));

describe('what the dashboard offers on a plan', () => {
  it('a lead reads and updates (their own) actions; nothing more', () => {
    expect(allowed(signedIn, 'a')).toEqual(['read', 'update-action']);
    expect(planAccess(signedIn, 'a')).toMatchObject({ role: 'lead', leadKeys: ['Head of SEND'] });
  });

  it('an admin may do everything on their plan, and nothing on a plan they hold no role on', () => {
    expect(allowed(signedIn, 'b')).toEqual(ALL);
    expect(allowed(signedIn, 'c')).toEqual([]);
    expect(planAccess(signedIn, 'c').role).toBeUndefined();
  });

  it('offers "Add an update" to a lead on their own actions only (joint leads and spellings included), to an editor on any', () => {
    const lead = planAccess(signedIn, 'a');
    expect(lead.mayUpdate('Head of SEND')).toBe(true);
    expect(lead.mayUpdate('head of  S.E.N.D.')).toBe(false);
    expect(lead.mayUpdate('Head of Send')).toBe(true);
    expect(lead.mayUpdate('Head of SEND & Service Director (Improvement)')).toBe(true);
    expect(lead.mayUpdate('Service Director (Improvement)')).toBe(false);
    expect(planAccess(signedIn, 'b').mayUpdate('Service Director (Improvement)')).toBe(true);
    expect(planAccess(signedIn, 'c').mayUpdate('Head of SEND')).toBe(false);
    const viewer: Session = { ...signedIn, me: { ...me, plans: [{ planId: 'a', role: 'viewer', leadKeys: ['Head of SEND'] }] } };
    expect(planAccess(viewer, 'a').mayUpdate('Head of SEND')).toBe(false);
    expect(planAccess({ status: 'no-accounts' }, 'a').mayUpdate('anyone')).toBe(true);
    expect(planAccess({ status: 'checking' }, 'a').mayUpdate('Head of SEND')).toBe(false);
  });

  it('an API without accounts hides nothing (it decides); while checking or signed out, nothing is offered', () => {
    expect(allowed({ status: 'no-accounts' }, 'a')).toEqual(ALL);
    expect(allowed({ status: 'checking' }, 'a')).toEqual([]);
    expect(allowed({ status: 'signed-out', signInUrl: undefined }, 'a')).toEqual([]);
  });

  it('shows the role on the plan, or outside a plan the one role held everywhere', () => {
    expect(roleToShow(me, 'a')).toBe('lead');
    expect(roleToShow(me, 'c')).toBeUndefined();
    expect(roleToShow(me, undefined)).toBeUndefined();
    expect(roleToShow({ ...me, plans: [{ planId: 'a', role: 'viewer', leadKeys: [] }, { planId: 'b', role: 'viewer', leadKeys: [] }] }, undefined)).toBe('viewer');
  });
});
