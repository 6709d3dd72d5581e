/**
 * POST /imports: the import (server/import/run-import.ts, the code `npm run import`
 * uses on a stopped server) over HTTP. A dry run unless `commit=true`; with it, the
 * whole import is written in one transaction or not at all. The body is one
 * spreadsheet sent as it is (.xlsx or .csv), or several files as JSON, each base64.
 * A report with any problem is a 422 problem+json carrying the report, and nothing
 * is written.
 *
 * Access: editors and admins. The auth plugin (server/plugins/app/auth.ts) lets the
 * route run for a caller who may import into some plan (`plansCheckedByRoute`); the
 * route then checks the plan named in the query, and every plan the files touch, before
 * it reports or writes anything about it (a 403 naming the plan).
 */
import { basename } from 'node:path';
import { requireOnPlan } from '../../../auth/authorize';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { XLSX_MEDIA_TYPE } from '../../../../src/api/fetchers';
import type { ImportFile } from '../../../import/contract-json';
import { runImport } from '../../../import/run-import';
import { HttpProblem } from '../../../plugins/app/problems';
import type { Actor } from '../../../storage/plan-bundle';

/** Uploads above this get 413: a council's workbook is well under 1 MB, a 20,000-action plan's JSON about 7 MB as base64. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

const CSV_MEDIA_TYPE = 'text/csv';
const RAW_EXTENSIONS: Readonly<Record<string, string>> = { [XLSX_MEDIA_TYPE]: '.xlsx', [CSV_MEDIA_TYPE]: '.csv' };

interface ImportQuery {
  plan?: string;
  commit: boolean;
  file?: string;
}
interface ImportRequestBody {
  files: { name: string; base64: string }[];
}

const querySchema = {
  type: 'object',
  properties: {
    plan: { type: 'string', minLength: 1, maxLength: 200 },
    commit: { type: 'boolean', default: false },
    file: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

const filesSchema = {
  type: 'object',
  required: ['files'],
  properties: {
    files: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['name', 'base64'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 500 },
          base64: { type: 'string', pattern: '^[A-Za-z0-9+/]*={0,2}$' },
        },
      },
    },
  },
} as const;

function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The files of the request: each JSON entry decoded, or the one raw upload named by `file` (its extension as its media type says). */
function importFiles(request: FastifyRequest<{ Querystring: ImportQuery }>): ImportFile[] {
  const type = mediaType(request);
  const extension = RAW_EXTENSIONS[type];
  if (extension === undefined) {
    const { files } = request.body as ImportRequestBody;
    return files.map((file) => ({ name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) }));
  }
  const given = basename(request.query.file ?? `upload${extension}`);
  const name = given.toLowerCase().endsWith(extension) ? given : `${given}${extension}`;
  const bytes = request.body as Buffer;
  if (bytes.length === 0) throw new HttpProblem(400, 'Invalid request', `The request body is empty: send the ${extension} file as the body.`);
  return [{ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }];
}

function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal;
  if (principal === undefined) return { label: 'import' };
  return principal.kind === 'user' ? { label: 'import', userId: principal.id } : { label: `import (token ${principal.name})` };
}

export default async function importRoutes(app: FastifyInstance) {
  // Spreadsheets arrive as they are; only this route reads them.
  app.addContentTypeParser([XLSX_MEDIA_TYPE, CSV_MEDIA_TYPE], { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.post<{ Querystring: ImportQuery }>(
    '/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: 'import', plansCheckedByRoute: true },
      schema: { querystring: querySchema, body: { content: { 'application/json': { schema: filesSchema } } } },
    },
    async (request, reply) => {
      const { plan, commit } = request.query;
      const { principal } = request;
      const checkPlan = (planId: string) => {
        if (principal !== undefined) requireOnPlan(principal, planId, 'import');
      };
      if (plan !== undefined) checkPlan(plan);
      const files = importFiles(request);
      const report = await runImport(app.storage.db, files, {
        ...(plan !== undefined && { planId: plan }),
        commit,
        now: new Date().toISOString(),
        actor: actorOf(request),
        checkPlan,
      });
      reply.header('Cache-Control', 'no-store');
      if (report.problems.length === 0) return reply.type('application/json; charset=utf-8').send(report);
      const count = report.problems.length;
      return reply
        .code(422)
        .type('application/problem+json; charset=utf-8')
        .send({ type: 'about:blank', title: 'The import has problems', status: 422, detail: `${count} problem${count === 1 ? '' : 's'}; nothing was imported.`, ...report });
    },
  );
}
