/**
 * `npm run import -- <file-or-folder> [--plan ID] [--commit]`: always a dry run unless
 * --commit. Where the data lives decides the route: with DATABASE_URL, straight to
 * PostgreSQL; on PGlite, through the running server when one holds DATA_DIR (PGlite
 * admits one process per folder), otherwise by opening the folder itself.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFile } from '../import/contract-json';
import { readImportInput } from '../import/read-input';
import { importReportText } from '../import/report-text';
import { type ImportReport, runImport } from '../import/run-import';
import { claimDataDir, findRunningServer, releaseDataDir } from '../storage/data-dir-lock';
import { type DatabaseTarget, databaseTargetFromEnv, openDatabase } from '../storage/database';

export const IMPORT_USAGE = 'Usage: npm run import -- <file-or-folder> [--plan ID] [--commit]\n';

export interface CommandResult {
  /** 0 imported or a clean dry run, 1 the files have problems, 2 the command could not run. */
  readonly code: number;
  readonly output: string;
}

export interface ImportCommandOptions {
  readonly env: NodeJS.ProcessEnv;
  /** Where PGlite keeps its data when DATA_DIR is not set. */
  readonly defaultDataDir: string;
  readonly now?: () => Date;
}

export async function importCommand(argv: readonly string[], { env, defaultDataDir, now = () => new Date() }: ImportCommandOptions): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { plan: { type: 'string' }, commit: { type: 'boolean', default: false } } });
  } catch (error) {
    return { code: 2, output: `${error instanceof Error ? error.message : String(error)}\n${IMPORT_USAGE}` };
  }
  const [path, ...extra] = parsed.positionals;
  if (path === undefined || extra.length > 0) return { code: 2, output: IMPORT_USAGE };
  let files: ImportFile[];
  try {
    files = await readImportInput(resolve(path));
  } catch (error) {
    return { code: 2, output: `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n` };
  }
  const options = { planId: parsed.values.plan, commit: parsed.values.commit, now: now().toISOString() };
  try {
    const target = databaseTargetFromEnv(env, defaultDataDir);
    const { report, via } = await importInto(target, files, options);
    return { code: report.problems.length > 0 ? 1 : 0, output: `${via}\n${importReportText(report, options.commit)}` };
  } catch (error) {
    return { code: 2, output: `The import could not run: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}

interface RunOptions {
  readonly planId: string | undefined;
  readonly commit: boolean;
  readonly now: string;
}

async function importInto(target: DatabaseTarget, files: readonly ImportFile[], options: RunOptions): Promise<{ report: ImportReport; via: string }> {
  if (target.kind === 'pglite') {
    const server = await findRunningServer(target.dataDir);
    if (server) return { report: await importThroughServer(server.url, server.operatorKey, files, options), via: `Through the server running on ${target.dataDir} (${server.url}).` };
    // A first import may create the folder: the claim file goes inside it.
    mkdirSync(target.dataDir, { recursive: true });
    claimDataDir(target.dataDir, 'import');
    try {
      return { report: await importDirectly(target, files, options), via: `Into ${target.dataDir} (no server running on it).` };
    } finally {
      releaseDataDir(target.dataDir);
    }
  }
  return { report: await importDirectly(target, files, options), via: `Into ${target.kind === 'postgres' ? 'the PostgreSQL database in DATABASE_URL' : 'memory'}.` };
}

async function importDirectly(target: DatabaseTarget, files: readonly ImportFile[], options: RunOptions): Promise<ImportReport> {
  const database = await openDatabase(target);
  try {
    return await runImport(database.db, files, { ...options, actor: { label: 'import' } });
  } finally {
    await database.close();
  }
}

/** POST /api/imports with the files as JSON (base64), as the data folder's owner (the key in its claim file). */
async function importThroughServer(baseUrl: string, operatorKey: string | undefined, files: readonly ImportFile[], options: RunOptions): Promise<ImportReport> {
  const query = new URLSearchParams({ commit: String(options.commit) });
  if (options.planId !== undefined) query.set('plan', options.planId);
  const body = JSON.stringify({ files: files.map((file) => ({ name: file.name, base64: Buffer.from(file.bytes).toString('base64') })) });
  const response = await fetch(`${baseUrl}/api/imports?${query.toString()}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(operatorKey !== undefined && { Authorization: `Bearer ${operatorKey}` }) },
    body,
  });
  const answer = (await response.json()) as Partial<ImportReport> & { detail?: string };
  if (Array.isArray(answer.problems) && Array.isArray(answer.plans)) return { committed: answer.committed === true, problems: answer.problems, plans: answer.plans };
  throw new Error(`the server answered ${response.status}: ${answer.detail ?? 'no import report'}`);
}
