/**
 * One contract suite, run against every implementation of the API: the MSW handlers
 * (the dashboard's demo and test API) and the reference server. Each case checks the
 * response against api/openapi.yaml and against the demo fixtures, which both
 * implementations serve.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_TODAY, demoDatasets, demoMain, demoPlans, demoSecond } from '../../fixtures/demo';
import { responseErrors } from './openapi';
import { sameInstants } from './same-instants';

export interface ContractReply {
  status: number;
  contentType: string | undefined;
  /** Parsed JSON for a JSON media type; otherwise the bytes as they came. */
  body: unknown;
  /** Response headers, names in lower case. */
  headers: Readonly<Record<string, string>>;
}

export interface ContractRequestBody {
  contentType: string;
  body: string | Uint8Array;
}

/** An API under test: answers a request for a path relative to its base (`/plans`). */
export interface ContractTarget {
  request(method: string, path: string, body?: ContractRequestBody): Promise<ContractReply>;
}

/** The body of a reply: JSON parsed when the media type says JSON, else the bytes. */
export function replyBody(contentType: string | undefined, bytes: Uint8Array): unknown {
  if (bytes.length === 0) return undefined;
  return /^application\/([a-z.+-]*\+)?json/.test(contentType ?? '') ? (JSON.parse(new TextDecoder().decode(bytes)) as unknown) : bytes;
}

/** Sends a request and fails the test unless the reply conforms to the contract. */
async function conforming(target: ContractTarget, method: string, path: string, body?: ContractRequestBody): Promise<ContractReply> {
  const reply = await target.request(method, path, body);
  expect(responseErrors({ method, path: path.split('?')[0] ?? path, ...reply }), `${method} ${path}`).toEqual([]);
  return reply;
}

const RESOURCES = ['actions', 'reviews', 'measures', 'summary'] as const;

/** An action list's data: each action's `version` (the server's bookkeeping behind its ETag) left out. */
function withoutVersions(body: unknown): unknown {
  const list = body as { actions?: Record<string, unknown>[] };
  return { ...list, actions: (list.actions ?? []).map(({ version: _version, ...action }) => action) };
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheets of a workbook and, per sheet, each row's cells as text. */
async function workbookText(bytes: unknown): Promise<Map<string, string[][]>> {
  if (!(bytes instanceof Uint8Array)) throw new Error('expected the workbook\'s bytes');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

/** The counts a review list must carry, worked out here by hand from the fixture's ratings. */
function expectedCounts(ratings: readonly { actionId: string; rating: string | null }[]) {
  const counts: Record<string, number> = { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 };
  const last = new Map(ratings.map((r) => [r.actionId, r.rating ?? 'unrated']));
  for (const key of last.values()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/**
 * The summary's deadline and measure figures for each demo plan on DEMO_TODAY, read off
 * the fixtures by hand. hfd-2022: its actions' notes name the ten overdue actions and the
 * five due within four weeks (7.5, 3.8, 1.7, 5.6, 3.9); tests/features/measures.test.tsx
 * lists its 8 near and 13 off target of 30. send-wsoa: 1.2 (red, December 2023) is
 * overdue, 2.3 (unrated, January 2024) due soon; m-01 (61.4 against 65, tolerance 10) and
 * m-02 (21.9 weeks against 20, tolerance 4) near target, m-03 no judgement.
 */
const SUMMARY_BY_HAND: Record<string, { overdue: number; dueSoon: number; measures: { total: number; near: number; off: number } }> = {
  [demoMain.plan.id]: { overdue: 10, dueSoon: 5, measures: { total: 30, near: 8, off: 13 } },
  [demoSecond.plan.id]: { overdue: 1, dueSoon: 1, measures: { total: 3, near: 2, off: 0 } },
};

interface SummaryBody {
  asOf: string;
  referenceDate: string;
  actions: { counts: Record<string, number>; total: number; overdue: number; dueSoon: number; invalidDeadlines: number };
  areas: { areaId: string; total: number; overdue: number; dueSoon: number }[];
  measures: { total: number; notMeeting: number; byState: Record<string, number> };
}

export function describeContract(name: string, target: () => ContractTarget): void {
  describe(`API contract: ${name}`, () => {
    it('lists the demo plans', async () => {
      const reply = await conforming(target(), 'GET', '/plans');
      expect(reply.status).toBe(200);
      expect(sameInstants(reply.body)).toEqual(sameInstants(demoPlans));
    });

    for (const [planId, dataset] of Object.entries(demoDatasets)) {
      it(`serves plan ${planId} with its areas`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}`);
        expect(reply.status).toBe(200);
        expect(sameInstants(reply.body)).toEqual(sameInstants(dataset.plan));
      });

      it(`serves the actions of plan ${planId}, each with its version`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/actions`);
        expect(reply.status).toBe(200);
        const { actions, ...list } = reply.body as { actions: { version?: unknown }[] };
        // Both implementations accept changes, so every action carries the version behind its ETag.
        expect(actions.every((action) => typeof action.version === 'string')).toBe(true);
        const data = actions.map(({ version: _version, ...action }) => action);
        expect(sameInstants({ ...list, actions: data })).toEqual(sameInstants(dataset.actions));
      });

      it(`serves the measures of plan ${planId}`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/measures`);
        expect(reply.status).toBe(200);
        expect(sameInstants(reply.body)).toEqual(sameInstants(dataset.measures));
      });

      it(`lists the reviews of plan ${planId} with their counts (ratings may be left out)`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/reviews`);
        expect(reply.status).toBe(200);
        const expected = dataset.reviews.reviews.map(({ id, date, forum, ratings }) => ({ id, date, forum, counts: expectedCounts(ratings) }));
        expect(sameInstants(reply.body)).toMatchObject(sameInstants({ asOf: dataset.reviews.asOf, reviews: expected }));
      });

      it(`serves each review of plan ${planId} with its ratings and counts`, async () => {
        for (const review of dataset.reviews.reviews) {
          const reply = await conforming(target(), 'GET', `/plans/${planId}/reviews/${review.id}`);
          expect(reply.status).toBe(200);
          expect(reply.body).toEqual({ ...review, counts: expectedCounts(review.ratings) });
        }
      });

      it(`serves plan ${planId} as an Excel workbook: areas as headings, one row per action, the key on its own sheet`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/export.xlsx`);
        expect(reply.status).toBe(200);
        expect(reply.contentType).toBe(XLSX);
        expect(reply.headers['content-disposition']).toBe(`attachment; filename="${planId}.xlsx"`);
        const sheets = await workbookText(reply.body);
        expect([...sheets.keys()]).toEqual(['Plan', 'BRAG key']);
        const rows = sheets.get('Plan') ?? [];
        expect(rows[0]?.[0]).toBe(dataset.plan.title);
        const areaHeadings = rows.filter((row) => /^Area \d+: /.test(row[0] ?? '')).map((row) => row[0]);
        const byNumber = [...dataset.plan.areas].sort((a, b) => a.number - b.number);
        expect(areaHeadings).toEqual(byNumber.map((area) => `Area ${area.number}: ${area.title}`));
        const ids = new Set(dataset.actions.actions.map((action) => action.id));
        expect(rows.filter((row) => ids.has(row[0] ?? '')).length).toBe(ids.size);
      });

      it(`serves the summary of plan ${planId}: its figures as counted by hand from the fixture`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/summary`);
        expect(reply.status).toBe(200);
        const summary = reply.body as SummaryBody;
        const byHand = SUMMARY_BY_HAND[planId];
        const actions = dataset.actions.actions;
        expect(Date.parse(summary.asOf)).toBe(Date.parse(dataset.actions.asOf));
        expect(summary.referenceDate).toBe(DEMO_TODAY);
        expect(summary.actions).toEqual({ counts: expectedCounts(actions.map(({ id, rating }) => ({ actionId: id, rating }))), total: actions.length, overdue: byHand?.overdue, dueSoon: byHand?.dueSoon, invalidDeadlines: 0 });
        // Every area in number order, each with its own actions; together they make the plan.
        const byNumber = [...dataset.plan.areas].sort((a, b) => a.number - b.number);
        expect(summary.areas.map(({ areaId, total }) => [areaId, total])).toEqual(byNumber.map((area) => [area.id, actions.filter((a) => a.areaId === area.id).length]));
        for (const key of ['overdue', 'dueSoon'] as const) expect(summary.areas.reduce((sum, area) => sum + area[key], 0)).toBe(summary.actions[key]);
        const { total, near, off } = byHand?.measures ?? { total: -1, near: -1, off: -1 };
        expect(summary.measures).toMatchObject({ total, notMeeting: near + off, byState: { 'near-target': near, 'off-target': off } });
      });

      it(`answers an unknown review of plan ${planId} with a 404 problem naming it`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/${planId}/reviews/no-such-review`);
        expect(reply.status).toBe(404);
        expect(reply.contentType).toMatch(/^application\/problem\+json/);
        expect(reply.body).toMatchObject({ status: 404, detail: expect.stringContaining('no-such-review') });
      });
    }

    for (const suffix of ['', ...RESOURCES.map((r) => `/${r}`), '/export.xlsx']) {
      it(`answers an unknown plan${suffix ? `'s ${suffix.slice(1)}` : ''} with a 404 problem naming it`, async () => {
        const reply = await conforming(target(), 'GET', `/plans/no-such-plan${suffix}`);
        expect(reply.status).toBe(404);
        expect(reply.contentType).toMatch(/^application\/problem\+json/);
        expect(reply.body).toMatchObject({ status: 404, detail: expect.stringContaining('no-such-plan') });
      });
    }
  });
}

export interface ImportContractOptions {
  /** Reads a file from tests/server/import-files. */
  importFile(name: string): Uint8Array;
  /** Puts the demo plans back as they were (the commit case adds a plan). */
  reset(): Promise<void>;
}

/**
 * POST /imports, for implementations that import (the reference server; the demo's
 * MSW handlers serve a read-only plan and have no import). Expected figures are the
 * fixture's files and the demo plan as written.
 */
export function describeImportContract(name: string, target: () => ContractTarget, { importFile, reset }: ImportContractOptions): void {
  describe(`API contract, imports: ${name}`, () => {
    afterAll(reset);
    const planId = demoSecond.plan.id;
    const csv = (file: string): ContractRequestBody => ({ contentType: 'text/csv', body: importFile(file) });

    it('a dry run of a spreadsheet reports what would change and writes nothing', async () => {
      const reply = await conforming(target(), 'POST', `/imports?plan=${planId}&file=plan-changes.csv`, csv('plan-changes.csv'));
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ committed: false, problems: [], plans: [{ planId, isNew: false, unchanged: false, actions: { added: ['2.4'], removed: ['2.2'] } }] });
      const actions = await conforming(target(), 'GET', `/plans/${planId}/actions`);
      expect(sameInstants(withoutVersions(actions.body))).toEqual(sameInstants(demoSecond.actions));
    });

    it('a spreadsheet with a problem is a 422 problem naming file, row and column, and nothing is written', async () => {
      const reply = await conforming(target(), 'POST', `/imports?plan=${planId}&commit=true&file=duplicate-id.csv`, csv('duplicate-id.csv'));
      expect(reply.status).toBe(422);
      expect(reply.contentType).toMatch(/^application\/problem\+json/);
      expect(reply.body).toMatchObject({
        status: 422,
        committed: false,
        problems: [{ file: 'duplicate-id.csv', row: 4, column: 'Action id', message: 'duplicate action id "1.1" (first used in row 2)' }],
      });
      const actions = await conforming(target(), 'GET', `/plans/${planId}/actions`);
      expect(sameInstants(withoutVersions(actions.body))).toEqual(sameInstants(demoSecond.actions));
    });

    it('contract JSON sent as base64 files is committed, and the same files again change nothing', async () => {
      const copyId = 'imported-through-the-api';
      const copy = { ...demoSecond, plan: { ...demoSecond.plan, id: copyId } };
      const files = (['plan', 'actions', 'reviews', 'measures'] as const).map((part) => ({ name: `${part}.json`, base64: Buffer.from(JSON.stringify(copy[part])).toString('base64') }));
      const body: ContractRequestBody = { contentType: 'application/json', body: JSON.stringify({ files }) };
      const first = await conforming(target(), 'POST', '/imports?commit=true', body);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ committed: true, problems: [], plans: [{ planId: copyId, isNew: true }] });
      const stored = await conforming(target(), 'GET', `/plans/${copyId}/actions`);
      expect(sameInstants(withoutVersions(stored.body))).toEqual(sameInstants(demoSecond.actions));
      const again = await conforming(target(), 'POST', '/imports?commit=true', body);
      expect(again.body).toMatchObject({ committed: true, problems: [], plans: [{ planId: copyId, unchanged: true }] });
    });

    it('a request with no files is a 400 problem naming the field', async () => {
      const reply = await conforming(target(), 'POST', '/imports', { contentType: 'application/json', body: JSON.stringify({ files: [] }) });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ status: 400, detail: expect.stringContaining('files') });
    });

    it('a body of another media type is a 415 problem', async () => {
      const reply = await conforming(target(), 'POST', `/imports?plan=${planId}`, { contentType: 'application/pdf', body: new Uint8Array([37, 80, 68, 70]) });
      expect(reply.status).toBe(415);
      expect(reply.contentType).toMatch(/^application\/problem\+json/);
    });

    it('an upload over the limit is a 413 problem, and nothing is written', async () => {
      const reply = await conforming(target(), 'POST', `/imports?plan=${planId}&commit=true`, { contentType: 'text/csv', body: new Uint8Array(21 * 1024 * 1024).fill(44) });
      expect(reply.status).toBe(413);
      expect(reply.contentType).toMatch(/^application\/problem\+json/);
      const actions = await conforming(target(), 'GET', `/plans/${planId}/actions`);
      expect(sameInstants(withoutVersions(actions.body))).toEqual(sameInstants(demoSecond.actions));
    });
  });
}
