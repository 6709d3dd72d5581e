import { describe, expect, it } from 'vitest';
import { grantsFromClaims } from '../../server/auth/claims';
import { AuthConfigError, readAuthConfig } from '../../server/auth/config';
import { safeReturnTo } from '../../server/auth/login-attempts';

const ENTRA = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  OIDC_CLIENT_ID: '11111111-1111-1111-1111-111111111111',
  OIDC_CLIENT_SECRET: 'secret',
  PUBLIC_URL: 'https://plans.example.gov.uk',
  OIDC_ROLES_CLAIM: 'roles',
  OIDC_ROLE_MAP: '{"Plan.Viewer":[{"role":"viewer","plan":"*"}],"Plan.Editor.HFD":[{"role":"editor","plan":"hfd-2022"}]}',
};

describe('sign-in settings', () => {
  it('offers the demo sign-in without a provider on loopback, and refuses to start that way on any other address', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) expect(readAuthConfig({}, host).oidc).toBeUndefined();
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'plans.example.gov.uk']) {
      expect(() => readAuthConfig({}, host)).toThrow(new RegExp(`demo sign-in.*refused on ${host.replace(/\./g, '\\.')}`));
    }
  });

  it('reads an Entra ID configuration, on any address', () => {
    const config = readAuthConfig(ENTRA, '0.0.0.0');
    expect(config.oidc).toMatchObject({ clientId: ENTRA.OIDC_CLIENT_ID, clientSecret: 'secret', rolesClaim: 'roles', nameClaim: 'name' });
    expect(config.oidc?.issuer.href).toBe(ENTRA.OIDC_ISSUER);
    expect(config.publicUrl?.origin).toBe('https://plans.example.gov.uk');
    expect(config.oidc?.roleMap['Plan.Editor.HFD']).toEqual([{ role: 'editor', plan: 'hfd-2022' }]);
  });

  it('names the variable at fault', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...ENTRA, OIDC_CLIENT_ID: '' }, /OIDC_CLIENT_ID must be set/],
      [{ ...ENTRA, PUBLIC_URL: '' }, /PUBLIC_URL must be set/],
      [{ ...ENTRA, PUBLIC_URL: 'plans' }, /PUBLIC_URL must be a full URL/],
      [{ ...ENTRA, OIDC_ROLE_MAP: '{oops' }, /OIDC_ROLE_MAP must be JSON/],
      [{ ...ENTRA, OIDC_ROLE_MAP: '{"G":[{"role":"owner","plan":"*"}]}' }, /OIDC_ROLE_MAP at G\.0\.role/],
      [{ ...ENTRA, SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES must be a number of minutes/],
    ];
    for (const [env, message] of cases) {
      expect(() => readAuthConfig(env, '127.0.0.1')).toThrow(AuthConfigError);
      expect(() => readAuthConfig(env, '127.0.0.1')).toThrow(message);
    }
  });
});

describe('grants from the provider\'s claims', () => {
  const map = {
    'Plan.Viewer': [{ role: 'viewer' as const, plan: '*' }],
    'Plan.Editor.HFD': [{ role: 'editor' as const, plan: 'hfd-2022' }],
    'grp-lead-edu': [{ role: 'lead' as const, plan: 'hfd-2022', leadKeys: ['Service Director (Education)'] }],
    'grp-lead-imp': [{ role: 'lead' as const, plan: 'hfd-2022', leadKeys: ['Service Director (Improvement)'] }],
  };

  it('maps each known value, keeps the higher role on one plan and every lead key, ignores unknown values', () => {
    expect(grantsFromClaims({ roles: ['Plan.Viewer', 'grp-lead-edu', 'grp-lead-imp', 'Something.Else'] }, 'roles', map)).toEqual({
      everyPlan: { role: 'viewer', leadKeys: [] },
      plans: { 'hfd-2022': { role: 'lead', leadKeys: ['Service Director (Education)', 'Service Director (Improvement)'] } },
    });
    expect(grantsFromClaims({ roles: ['grp-lead-edu', 'Plan.Editor.HFD'] }, 'roles', map).plans['hfd-2022']?.role).toBe('editor');
  });

  it('reads a single string claim, and gives nothing for a missing or non-string claim', () => {
    expect(grantsFromClaims({ groups: 'Plan.Viewer' }, 'groups', map).everyPlan?.role).toBe('viewer');
    expect(grantsFromClaims({}, 'roles', map)).toEqual({ everyPlan: undefined, plans: {} });
    expect(grantsFromClaims({ roles: [42, { a: 1 }] }, 'roles', map)).toEqual({ everyPlan: undefined, plans: {} });
  });
});

describe('where sign-in returns to', () => {
  it('keeps a path on this site and refuses anything that leaves it', () => {
    expect(safeReturnTo('/plans/hfd-2022/actions?lead=x')).toBe('/plans/hfd-2022/actions?lead=x');
    for (const bad of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'plans', '/auth/logout', undefined, 42]) expect(safeReturnTo(bad)).toBe('/');
  });
});
