/**
 * What every write route needs from a request: who is writing (the auth plugin's
 * principal) and which version of the action they last read (`If-Match`), and how a
 * write's outcome becomes a response (201/200 with the new ETag, 412 with the current
 * action and what changed, 422 naming each field).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Action } from '../../../src/api/schemas';
import { grantOn, type PlanGrant, type Principal } from '../../auth/principal';
import { HttpProblem } from '../../plugins/app/problems';
import { parseVersion, type WriteActor, type WriteResult } from '../../storage/action-writes';
import { planRevision } from '../../storage/plan-reads';
import type { Db } from '../../storage/database';
import { planNotFound } from './plan-resource';

/** The caller: every /api request past the auth plugin has one; without it nothing is written. */
export function requirePrincipal(request: FastifyRequest): Principal {
  const principal = request.principal;
  if (!principal) throw new HttpProblem(401, 'Sign-in required', 'Sign in to change improvement plans (or send a valid API token).');
  return principal;
}

export function actorOf(principal: Principal): WriteActor {
  return { name: principal.name, ...(principal.kind === 'user' ? { userId: principal.id } : { tokenId: principal.id }) };
}

export function grantOf(request: FastifyRequest, planId: string): PlanGrant | undefined {
  return grantOn(requirePrincipal(request), planId);
}

export const etagOf = (action: Pick<Action, 'version'>) => `"${action.version ?? ''}"`;

/**
 * The version named by `If-Match` (strong comparison, RFC 9110: a weak tag never
 * matches). 428 when the header is missing; 0 (no action has it) when it names no
 * version of ours, so the write ends as a 412 with the current state.
 */
export function ifMatchVersion(request: FastifyRequest, planId: string, actionId: string): number {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new HttpProblem(
      428,
      'Version required',
      `Send If-Match with the action's ETag (from GET /plans/${planId}/actions/${actionId}), so a change made meanwhile is never overwritten.`,
    );
  }
  const match = /^\s*"([^"]*)"\s*$/.exec(header);
  return (match?.[1] !== undefined ? parseVersion(match[1]) : undefined) ?? 0;
}

/** 404 naming the plan when it is unknown, else the action. */
export async function actionNotFound(db: Db, planId: string, actionId: string): Promise<HttpProblem> {
  if ((await planRevision(db, planId)) === undefined) return planNotFound(planId);
  return new HttpProblem(404, 'Action not found', `Plan "${planId}" has no action with id "${actionId}".`);
}

export function invalidFields(errors: readonly { field: string; message: string }[]): HttpProblem {
  const fields = [...new Set(errors.map((e) => e.field))];
  return new HttpProblem(422, 'Some answers need changing', `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}: ${fields.join(', ')}. Nothing was changed.`, { errors });
}

/** Sends a write's outcome: the action with its new ETag, or the problem. */
export async function sendWriteResult(db: Db, reply: FastifyReply, planId: string, actionId: string, sentVersion: number, result: WriteResult, status: 200 | 201): Promise<FastifyReply> {
  switch (result.kind) {
    case 'saved':
      return reply.code(status).header('ETag', etagOf(result.action)).header('Cache-Control', 'no-store').send(result.action);
    case 'not-found':
      throw await actionNotFound(db, planId, actionId);
    case 'invalid':
      throw invalidFields(result.errors);
    case 'stale': {
      const latest = result.changes[0];
      const who = latest ? ` by ${latest.by} at ${latest.at}` : '';
      const yours = sentVersion > 0 ? `your version ${sentVersion}` : 'the version you sent';
      throw new HttpProblem(412, 'Changed by someone else', `Action ${actionId} was changed${who}, after ${yours}. Nothing was saved.`, {
        current: result.current,
        changes: result.changes,
      });
    }
  }
}
