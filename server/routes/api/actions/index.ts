/**
 * Actions: the list (GET /plans/{planId}/actions), one action with its version as the
 * ETag, its history, a lead's progress update and an editor's change. The auth plugin
 * has already checked the route's `access` on the plan; a lead's update is narrowed
 * here to the actions they lead.
 */
import type { FastifyInstance } from 'fastify';
import { mayUpdateAction } from '../../../auth/action-ownership';
import { refusalReason } from '../../../auth/roles';
import { HttpProblem } from '../../../plugins/app/problems';
import { actionHead, addActionUpdate, editAction, readActionHistory } from '../../../storage/action-writes';
import { readActions, readServedAction } from '../../../storage/plan-reads';
import { sendWithETag } from '../../../http/conditional';
import { API_CACHE_CONTROL, planParams, planResourceRoute } from '../plan-resource';
import { actionNotFound, actorOf, etagOf, grantOf, ifMatchVersion, requirePrincipal, sendWriteResult } from '../write-request';

const actionParams = {
  ...planParams,
  required: ['planId', 'actionId'],
  properties: { ...planParams.properties, actionId: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

type ActionRoute = { Params: { planId: string; actionId: string } };

export default async function actionsRoutes(app: FastifyInstance) {
  const { db } = app.storage;
  planResourceRoute(app, { url: '/plans/:planId/actions', resource: 'actions', read: (tx, planId) => readActions(tx, planId, { served: true }) });

  app.get<ActionRoute>('/plans/:planId/actions/:actionId', { schema: { params: actionParams } }, async (request, reply) => {
    const { planId, actionId } = request.params;
    const action = await readServedAction(db, planId, actionId);
    if (!action) throw await actionNotFound(db, planId, actionId);
    reply.header('Cache-Control', API_CACHE_CONTROL).type('application/json; charset=utf-8');
    return sendWithETag(request, reply, JSON.stringify(action), etagOf(action));
  });

  app.get<ActionRoute>('/plans/:planId/actions/:actionId/history', { schema: { params: actionParams } }, async (request, reply) => {
    const { planId, actionId } = request.params;
    if (!(await actionHead(db, planId, actionId))) throw await actionNotFound(db, planId, actionId);
    reply.header('Cache-Control', 'private, no-store');
    return { entries: await readActionHistory(db, planId, actionId) };
  });

  app.post<ActionRoute>('/plans/:planId/actions/:actionId/updates', { schema: { params: actionParams }, config: { access: 'update-action' } }, async (request, reply) => {
    const { planId, actionId } = request.params;
    const principal = requirePrincipal(request);
    const head = await actionHead(db, planId, actionId);
    if (!head) throw await actionNotFound(db, planId, actionId);
    const grant = grantOf(request, planId);
    if (!mayUpdateAction(grant, head.lead)) {
      const detail =
        grant?.role === 'lead'
          ? `Your role on plan "${planId}" is lead: you may update the actions you lead, and action ${actionId}'s lead is "${head.lead}".`
          : refusalReason(planId, grant?.role, 'update-action');
      throw new HttpProblem(403, 'Not allowed on this action', detail, { planId, role: grant?.role ?? null });
    }
    const version = ifMatchVersion(request, planId, actionId);
    const result = await addActionUpdate(db, planId, actionId, version, request.body, actorOf(principal), new Date());
    if (result.kind === 'saved') reply.header('Location', request.url.split('?')[0]?.replace(/\/updates$/, '') ?? '');
    return sendWriteResult(db, reply, planId, actionId, version, result, 201);
  });

  app.patch<ActionRoute>('/plans/:planId/actions/:actionId', { schema: { params: actionParams }, config: { access: 'edit-action' } }, async (request, reply) => {
    const { planId, actionId } = request.params;
    const principal = requirePrincipal(request);
    if (!(await actionHead(db, planId, actionId))) throw await actionNotFound(db, planId, actionId);
    const version = ifMatchVersion(request, planId, actionId);
    const result = await editAction(db, planId, actionId, version, request.body, actorOf(principal), new Date());
    return sendWriteResult(db, reply, planId, actionId, version, result, 200);
  });
}
