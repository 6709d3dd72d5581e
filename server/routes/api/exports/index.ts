/**
 * GET /plans/{planId}/export.xlsx: the plan in the council's own table layout
 * (server/export/plan-workbook.ts), offered as a download. Built once per plan
 * revision and kept in the response cache, like the JSON resources, with the same
 * private, revalidated caching and ETag.
 */
import type { FastifyInstance } from 'fastify';
import { XLSX_MEDIA_TYPE } from '../../../../src/api/fetchers';
import { planWorkbookBytes } from '../../../export/plan-workbook';
import { sendWithETag } from '../../../http/conditional';
import { type PlanBundle, readPlanBundle } from '../../../storage/plan-bundle';
import { API_CACHE_CONTROL, planNotFound, planParams } from '../plan-resource';

/** The download's file name: the plan id, kept to characters every file system and header accepts. */
export function workbookFileName(planId: string): string {
  return `${planId.replace(/[^A-Za-z0-9._-]+/g, '_')}.xlsx`;
}

export default async function exportRoutes(app: FastifyInstance) {
  app.get<{ Params: { planId: string } }>('/plans/:planId/export.xlsx', { schema: { params: planParams } }, async (request, reply) => {
    const { planId } = request.params;
    const { db, responses } = app.storage;
    const response = await responses.get(db, planId, 'export.xlsx', readPlanBundle, async (bundle) => Buffer.from(await planWorkbookBytes(bundle as PlanBundle)));
    if (!response) throw planNotFound(planId);
    reply
      .header('Cache-Control', API_CACHE_CONTROL)
      .header('Content-Disposition', `attachment; filename="${workbookFileName(planId)}"`)
      .type(XLSX_MEDIA_TYPE);
    return sendWithETag(request, reply, response.body, response.etag);
  });
}
