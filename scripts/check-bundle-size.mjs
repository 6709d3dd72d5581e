// Fails when the JavaScript a first visit downloads grows past the budget. Counts the
// entry chunk and the chunks index.html preloads, gzipped; lazy chunks (charts, demo
// data) are excluded because the first view must not wait for them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 12's budget. The first view carries no validation library: zod and the
// contract's schemas load as a chunk of their own, started with config.json.
const BUDGET_KB = 130;
const dist = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1].replace(/^\//, ''));
if (initial.length === 0) {
  console.error(`No script found in ${dist}/index.html`);
  process.exit(1);
}
let total = 0;
for (const file of initial) {
  const size = gzipSync(readFileSync(join(dist, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB gz  ${file}`);
}
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
console.log(`${(total / 1024).toFixed(1).padStart(7)} kB gz  initial JavaScript (budget ${BUDGET_KB} kB); ${lazy.length} lazy chunks`);
if (total > BUDGET_KB * 1024) {
  console.error(`Initial JavaScript is ${(total / 1024).toFixed(1)} kB gzipped, over the ${BUDGET_KB} kB budget.`);
  process.exit(1);
}
