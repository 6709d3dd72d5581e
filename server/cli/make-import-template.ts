/**
 * Writes the import template, docs/import-template.xlsx (or the path given):
 * `npm run import:template [-- path]`.
 */
import { resolve } from 'node:path';
import { buildTemplateWorkbook } from '../export/template-workbook';

const target = resolve(process.argv[2] ?? 'docs/import-template.xlsx');
await buildTemplateWorkbook().xlsx.writeFile(target);
process.stdout.write(`Wrote ${target}\n`);
