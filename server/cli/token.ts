/**
 * Entry point of `npm run token`: opens the database the server uses (DATABASE_URL,
 * or PGlite in DATA_DIR) and runs the command. On PGlite only one process may hold
 * the data folder, so while the server runs on it this command says so and stops.
 */
import { resolve } from 'node:path';
import { claimDataDir, databaseTargetFromEnv, openDatabase, releaseDataDir } from '../storage';
import { runTokenCommand } from './token-command';

async function main(): Promise<number> {
  // The same default folder as the server's (data/ in the project).
  const target = databaseTargetFromEnv(process.env, resolve(import.meta.dirname, '../../data'));
  if (target.kind === 'pglite') {
    try {
      claimDataDir(target.dataDir, 'npm run token');
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\nStop the server first, then run this again (or run the server on PostgreSQL with DATABASE_URL).\n`);
      return 1;
    }
  }
  const database = await openDatabase(target);
  try {
    const result = await runTokenCommand(process.argv.slice(2), database.db, new Date());
    for (const line of result.out) process.stdout.write(`${line}\n`);
    for (const line of result.err) process.stderr.write(`${line}\n`);
    return result.code;
  } finally {
    await database.close();
    if (target.kind === 'pglite') releaseDataDir(target.dataDir);
  }
}

process.exitCode = await main();
