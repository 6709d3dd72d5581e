/**
 * What the user named on the command line, as import files: one file, or every
 * .json/.xlsx/.csv in a folder and its plan subfolders, named by their path inside it.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFile } from './contract-json';

const READABLE = /\.(json|xlsx|csv)$/i;
/** plans.json + one folder per plan is the deepest layout the import reads. */
const MAX_DEPTH = 2;

export async function readImportInput(path: string): Promise<ImportFile[]> {
  if (!(await stat(path)).isDirectory()) return [{ name: basename(path), bytes: new Uint8Array(await readFile(path)) }];
  const files: ImportFile[] = [];
  const walk = async (folder: string, prefix: string, depth: number) => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await walk(full, `${prefix}${entry.name}/`, depth + 1);
      else if (entry.isFile() && READABLE.test(entry.name)) files.push({ name: `${prefix}${entry.name}`, bytes: new Uint8Array(await readFile(full)) });
    }
  };
  await walk(path, '', 1);
  return files;
}
