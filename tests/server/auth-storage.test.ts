import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoMain, demoSecond } from '../../fixtures/demo';
import { grantOn } from '../../server/auth/principal';
import { hashSecret } from '../../server/auth/secrets';
import { createSession, revokeSession, revokeUserSessions, sessionPrincipal, type SessionPolicy } from '../../server/auth/sessions';
import { createToken, parseExpiry, tokenPrincipal } from '../../server/auth/tokens';
import { upsertUser, type SignedInUser } from '../../server/auth/users';
import { runTokenCommand } from '../../server/cli/token-command';
import * as t from '../../server/db/schema';
import { withTestDatabase } from './test-database';

const database = withTestDatabase({ demoPlans: true });

const MAIN = demoMain.plan.id;
const SECOND = demoSecond.plan.id;
const T0 = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const policy: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 };
const request = { method: 'GET', path: '/api/plans' };

const alice: SignedInUser = {
  issuer: 'https://login.example.org',
  subject: 'alice-123',
  displayName: 'Alice Example',
  grants: { everyPlan: undefined, plans: { [MAIN]: { role: 'lead', leadKeys: ['head-of-service'] } } },
};

async function auditEvents() {
  return database.db.select().from(t.auditLog).where(eq(t.auditLog.actorLabel, 'token-cli'));
}

describe('users and their grants', () => {
  it('stores a user with the grants from sign-in, and replaces them at the next sign-in', async () => {
    const id = await upsertUser(database.db, alice);
    const again = await upsertUser(database.db, { ...alice, displayName: 'Alice E.', grants: { everyPlan: undefined, plans: { [SECOND]: { role: 'viewer', leadKeys: [] } } } });
    expect(again).toBe(id);
    const session = await createSession(database.db, id, T0, policy);
    const principal = await sessionPrincipal(database.db, session, T0, policy);
    expect(principal?.name).toBe('Alice E.');
    expect(principal?.plans).toEqual({ [SECOND]: { role: 'viewer', leadKeys: [] } });
  });

  it('drops a grant on a plan the server does not hold, keeping the rest', async () => {
    const id = await upsertUser(database.db, { ...alice, grants: { everyPlan: undefined, plans: { 'no-such-plan': { role: 'editor', leadKeys: [] }, [MAIN]: { role: 'viewer', leadKeys: [] } } } });
    const members = await database.db.select().from(t.planMembers).where(eq(t.planMembers.userId, id));
    expect(members.map((member) => [member.planId, member.role])).toEqual([[MAIN, 'viewer']]);
  });

  it('gives a role on every plan (a group mapped to "*"), and the higher role where a plan is also named', async () => {
    const id = await upsertUser(database.db, { ...alice, grants: { everyPlan: { role: 'viewer', leadKeys: [] }, plans: { [MAIN]: { role: 'editor', leadKeys: [] } } } });
    const principal = await sessionPrincipal(database.db, await createSession(database.db, id, T0, policy), T0, policy);
    if (!principal) throw new Error('expected a live session');
    expect(grantOn(principal, MAIN)?.role).toBe('editor');
    expect(grantOn(principal, SECOND)?.role).toBe('viewer');
    expect(grantOn(principal, 'a-plan-added-later')?.role).toBe('viewer');
  });
});

describe('sessions', () => {
  it('stores only a hash of the session id', async () => {
    const id = await upsertUser(database.db, alice);
    const session = await createSession(database.db, id, T0, policy);
    const rows = await database.db.select().from(t.sessions);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.idHash).toBe(hashSecret(session));
    expect(JSON.stringify(rows)).not.toContain(session);
  });

  it('stays live while used, ends after the idle time without use', async () => {
    const session = await createSession(database.db, await upsertUser(database.db, alice), T0, policy);
    expect(await sessionPrincipal(database.db, session, minutes(29), policy)).toBeDefined();
    // Used at 29 minutes: the idle clock restarts there.
    expect(await sessionPrincipal(database.db, session, minutes(58), policy)).toBeDefined();
    expect(await sessionPrincipal(database.db, session, minutes(58 + 30), policy)).toBeUndefined();
  });

  it('ends at the absolute limit however much it is used', async () => {
    const session = await createSession(database.db, await upsertUser(database.db, alice), T0, policy);
    for (let minute = 20; minute < 480; minute += 20) {
      expect(await sessionPrincipal(database.db, session, minutes(minute), policy)).toBeDefined();
    }
    expect(await sessionPrincipal(database.db, session, minutes(480), policy)).toBeUndefined();
  });

  it('ends at once when revoked, one session or all of a user', async () => {
    const userId = await upsertUser(database.db, alice);
    const first = await createSession(database.db, userId, T0, policy);
    const second = await createSession(database.db, userId, T0, policy);
    const third = await createSession(database.db, userId, T0, policy);
    expect(await revokeSession(database.db, first, minutes(1))).toBe(userId);
    expect(await revokeSession(database.db, first, minutes(1))).toBeUndefined();
    expect(await sessionPrincipal(database.db, first, minutes(2), policy)).toBeUndefined();
    expect(await sessionPrincipal(database.db, second, minutes(2), policy)).toBeDefined();
    expect(await revokeUserSessions(database.db, userId, minutes(3))).toBe(2);
    expect(await sessionPrincipal(database.db, second, minutes(4), policy)).toBeUndefined();
    expect(await sessionPrincipal(database.db, third, minutes(4), policy)).toBeUndefined();
  });

  it('refuses an unknown id and a disabled user', async () => {
    const userId = await upsertUser(database.db, alice);
    const session = await createSession(database.db, userId, T0, policy);
    expect(await sessionPrincipal(database.db, 'not-a-session', T0, policy)).toBeUndefined();
    await database.db.update(t.users).set({ disabledAt: T0 }).where(eq(t.users.id, userId));
    expect(await sessionPrincipal(database.db, session, minutes(1), policy)).toBeUndefined();
  });
});

describe('API tokens', () => {
  it('accepts a live token for its one plan and role, audits the use, and stores only a hash', async () => {
    const { token, id } = await createToken(database.db, { name: 'powerbi', role: 'viewer', planId: MAIN, expiresAt: minutes(60) }, 'test');
    const principal = await tokenPrincipal(database.db, token, T0, request);
    expect(principal).toMatchObject({ kind: 'token', id, name: 'powerbi', everyPlan: undefined });
    expect(principal && grantOn(principal, MAIN)?.role).toBe('viewer');
    expect(principal && grantOn(principal, SECOND)).toBeUndefined();
    const [row] = await database.db.select().from(t.apiTokens);
    expect(row?.tokenHash).toBe(hashSecret(token));
    expect(row?.lastUsedAt?.toISOString()).toBe(T0.toISOString());
    const audit = await database.db.select().from(t.auditLog).where(eq(t.auditLog.actorTokenId, id));
    expect(audit.map((entry) => entry.event)).toEqual(['token.created', 'token.used']);
    expect(JSON.stringify(await database.db.select().from(t.auditLog))).not.toContain(token);
  });

  it('refuses an expired, a revoked and an unknown token, and audits each refusal with its reason', async () => {
    const expired = await createToken(database.db, { name: 'old', role: 'viewer', planId: MAIN, expiresAt: minutes(-1) }, 'test');
    const revoked = await createToken(database.db, { name: 'gone', role: 'editor', planId: MAIN, expiresAt: minutes(60) }, 'test');
    await runTokenCommand(['revoke', 'gone'], database.db, T0);
    expect(await tokenPrincipal(database.db, expired.token, T0, request)).toBeUndefined();
    expect(await tokenPrincipal(database.db, revoked.token, T0, request)).toBeUndefined();
    expect(await tokenPrincipal(database.db, 'ipd_made-up', T0, request)).toBeUndefined();
    const refusals = await database.db.select().from(t.auditLog).where(eq(t.auditLog.event, 'token.refused'));
    expect(refusals.map((entry) => [entry.actorLabel, entry.reason])).toEqual([
      ['old', 'expired'],
      ['gone', 'revoked'],
      [null, 'unknown token'],
    ]);
  });

  it('reads an expiry in days, 1 to 366, and refuses anything else', () => {
    expect(parseExpiry('90d', T0).toISOString()).toBe('2026-05-31T09:00:00.000Z');
    expect(parseExpiry('1d', T0).toISOString()).toBe('2026-03-03T09:00:00.000Z');
    for (const bad of ['0d', '367d', '90', 'never', '-5d', '1.5d', '']) expect(() => parseExpiry(bad, T0)).toThrow(/--expires/);
  });
});

describe('npm run token', () => {
  it('create prints the token once; list shows it without the secret; revoke ends it', async () => {
    const created = await runTokenCommand(['create', '--name', 'powerbi', '--role', 'viewer', '--plan', MAIN, '--expires', '30d'], database.db, T0);
    expect(created.code).toBe(0);
    const token = created.out.find((line) => line.startsWith('ipd_'));
    if (!token) throw new Error(`no token printed: ${created.out.join('\n')}`);
    expect(created.out.join('\n')).toContain(`viewer on plan ${MAIN}, expires 2026-04-01T09:00:00.000Z`);
    expect(await tokenPrincipal(database.db, token, T0, request)).toBeDefined();

    const listed = await runTokenCommand(['list'], database.db, minutes(5));
    expect(listed.out).toEqual([`powerbi\tviewer on ${MAIN}\texpires 2026-04-01T09:00:00.000Z\tlast used ${T0.toISOString()}`]);
    expect(listed.out.join('\n')).not.toContain(token);

    const revoked = await runTokenCommand(['revoke', 'powerbi'], database.db, minutes(6));
    expect(revoked).toMatchObject({ code: 0, out: ['Revoked token "powerbi": it is refused from now on.'] });
    expect(await tokenPrincipal(database.db, token, minutes(7), request)).toBeUndefined();
    expect((await runTokenCommand(['list'], database.db, minutes(8))).out[0]).toContain('revoked 2026-03-02T09:06:00.000Z');
    expect((await auditEvents()).map((entry) => entry.event)).toEqual(['token.created', 'token.revoked']);
  });

  it('refuses bad input with a clear message and creates nothing', async () => {
    const cases: [string[], number, RegExp][] = [
      [['create', '--name', 'x', '--role', 'owner', '--plan', MAIN], 2, /--role must be viewer, lead, editor or admin \(got "owner"\)/],
      [['create', '--name', 'x', '--role', 'viewer'], 2, /create needs --name, --role and --plan/],
      [['create', '--name', 'x', '--role', 'viewer', '--plan', 'no-such-plan'], 1, /there is no plan with id "no-such-plan"/],
      [['create', '--name', 'x', '--role', 'viewer', '--plan', MAIN, '--expires', 'never'], 1, /--expires must be a number of days/],
      [['create', '--name', 'has space', '--role', 'viewer', '--plan', MAIN], 1, /a token name is 1 to 100 letters/],
      [['revoke', 'nobody'], 1, /There is no live token named "nobody"/],
      [['rotate'], 2, /unknown command "rotate"/],
      [[], 2, /no command given/],
    ];
    for (const [argv, code, message] of cases) {
      const result = await runTokenCommand(argv, database.db, T0);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.err.join('\n')).toMatch(message);
    }
    expect(await database.db.select().from(t.apiTokens)).toEqual([]);
  });

  it('refuses a second token with a name in use', async () => {
    await runTokenCommand(['create', '--name', 'powerbi', '--role', 'viewer', '--plan', MAIN], database.db, T0);
    const again = await runTokenCommand(['create', '--name', 'powerbi', '--role', 'editor', '--plan', MAIN], database.db, T0);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/a token named "powerbi" already exists/);
  });
});
