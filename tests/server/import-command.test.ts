/**
 * `npm run import` on a stopped server: it opens the PGlite folder itself (claiming it
 * for the run), prints the report and the diff, and exits 0, 1 (problems) or 2.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSecond } from '../../fixtures/demo';
import { importCommand } from '../../server/cli/import-command';
import { LOCK_FILE } from '../../server/storage/data-dir-lock';

let work: string;
let dataDir: string;
const files = resolve(import.meta.dirname, 'import-files');
const run = (...argv: string[]) => importCommand(argv, { env: { DATA_DIR: dataDir }, defaultDataDir: dataDir, now: () => new Date('2024-02-01T09:00:00Z') });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'import-command-'));
  dataDir = join(work, 'data');
  const plan = join(work, 'send-wsoa');
  await mkdir(plan);
  for (const part of ['plan', 'actions', 'reviews', 'measures'] as const) writeFileSync(join(plan, `${part}.json`), JSON.stringify(demoSecond[part]));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// Each run opens the PGlite folder from disk: seconds alone, a minute on a busy shared
// machine (the default 30 s was exceeded at load 15).
describe('npm run import, with no server running', { timeout: 120_000 }, () => {
  // Idempotence and rollback are tested on the shared database in import-run.test.ts.
  it('imports a folder of contract JSON with --commit, and releases the folder', async () => {
    const first = await run(join(work, 'send-wsoa'), '--commit');
    expect(first.output).toContain(`Into ${dataDir} (no server running on it).`);
    expect(first.output).toContain('Plan send-wsoa (new):');
    expect(first.output).toContain('Imported.');
    expect(first.code).toBe(0);
    // The folder is released after the run.
    expect(() => readFileSync(join(dataDir, LOCK_FILE))).toThrow();
  });

  it('a dry run of a spreadsheet prints the diff', async () => {
    const dryRun = await run(join(files, 'plan-changes.csv'), '--plan', 'send-wsoa');
    expect(dryRun.code).toBe(0);
    expect(dryRun.output).toContain('  actions added (1): 2.4');
    expect(dryRun.output).toContain('  actions removed (1): 2.2');
    expect(dryRun.output).toContain('    1.2: Red -> Amber (improved)');
    expect(dryRun.output).toContain('    2.3: Not rated -> Green (changed)  [no rationale]');
    expect(dryRun.output).toContain('Dry run: nothing was written. Add --commit to import.');
  });

  it('a bad file exits 1, naming file, row and column, and imports nothing', async () => {
    const bad = await run(join(files, 'impossible-date.csv'), '--plan', 'send-wsoa', '--commit');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('1 problem; nothing was imported:');
    expect(bad.output).toContain('impossible-date.csv, row 2, column Deadline: "31/02/2023" is not a real date');
  });

  it('refuses a folder another process holds, and says which', async () => {
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, command: 'server', startedAt: new Date().toISOString() }));
    try {
      const held = await run(join(files, 'plan-changes.csv'), '--plan', 'send-wsoa');
      expect(held.code).toBe(2);
      expect(held.output).toContain(`is in use by server (pid ${process.ppid}`);
    } finally {
      rmSync(join(dataDir, LOCK_FILE), { force: true });
    }
  });

  it('explains its usage', async () => {
    expect(await run()).toEqual({ code: 2, output: 'Usage: npm run import -- <file-or-folder> [--plan ID] [--commit]\n' });
  });
});
