/**
 * `npm run token -- create|list|revoke`: the command's logic over an open database,
 * separate from process handling (token.ts) so tests run it on a test database.
 */
import { parseArgs } from 'node:util';
import type { Db } from '../storage/database';
import { isPlanRole } from '../auth/roles';
import { TokenError, createToken, listTokens, parseExpiry, revokeToken } from '../auth/tokens';

export const TOKEN_USAGE = `Usage:
  npm run token -- create --name NAME --role viewer|lead|editor|admin --plan PLAN_ID [--expires 90d]
  npm run token -- list
  npm run token -- revoke NAME`;

/** What the command printed, and its exit code (0 success, 1 refused, 2 usage). */
export interface CommandResult {
  code: number;
  out: string[];
  err: string[];
}

const ACTOR = 'token-cli';

export async function runTokenCommand(argv: string[], db: Db, now: Date): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const usage = (problem: string): CommandResult => ({ code: 2, out, err: [problem, TOKEN_USAGE] });
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, plan: { type: 'string' }, expires: { type: 'string', default: '90d' } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  const { name, role, plan, expires } = parsed.values;
  try {
    switch (command) {
      case 'create': {
        if (!name || !role || !plan) return usage('create needs --name, --role and --plan');
        if (!isPlanRole(role)) return usage(`--role must be viewer, lead, editor or admin (got "${role}")`);
        const expiresAt = parseExpiry(expires, now);
        const created = await createToken(db, { name, role, planId: plan, expiresAt }, ACTOR);
        out.push(
          `Created token "${name}": ${role} on plan ${plan}, expires ${expiresAt.toISOString()}.`,
          'Copy it now: it is shown only this once and cannot be recovered.',
          '',
          created.token,
          '',
          'Send it as the header  Authorization: Bearer <token>  on requests to /api.',
        );
        return { code: 0, out, err };
      }
      case 'list': {
        const tokens = await listTokens(db);
        if (tokens.length === 0) out.push('No tokens.');
        for (const token of tokens) {
          const state = token.revokedAt
            ? `revoked ${token.revokedAt.toISOString()}`
            : token.expiresAt && token.expiresAt <= now
              ? `expired ${token.expiresAt.toISOString()}`
              : `expires ${token.expiresAt?.toISOString() ?? 'never'}`;
          const used = token.lastUsedAt ? `last used ${token.lastUsedAt.toISOString()}` : 'never used';
          out.push(`${token.name}\t${token.role} on ${token.planId ?? '(no plan)'}\t${state}\t${used}`);
        }
        return { code: 0, out, err };
      }
      case 'revoke': {
        const target = rest[0] ?? name;
        if (!target) return usage('revoke needs the token name');
        if (!(await revokeToken(db, target, now, ACTOR))) {
          err.push(`There is no live token named "${target}" (npm run token -- list shows them).`);
          return { code: 1, out, err };
        }
        out.push(`Revoked token "${target}": it is refused from now on.`);
        return { code: 0, out, err };
      }
      default:
        return usage(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof TokenError) return { code: 1, out, err: [`Refused: ${error.message}.`] };
    throw error;
  }
}
