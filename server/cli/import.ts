/** Entry point of `npm run import` (see import-command.ts). */
import { resolve } from 'node:path';
import { importCommand } from './import-command';

const result = await importCommand(process.argv.slice(2), { env: process.env, defaultDataDir: resolve(import.meta.dirname, '../../data') });
(result.code === 0 ? process.stdout : process.stderr).write(result.output);
process.exitCode = result.code;
