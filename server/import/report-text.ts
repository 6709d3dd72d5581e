/** The import report as plain text, for `npm run import`. */
import { RATING_WORDS } from '../../src/domain/rating-words';
import type { PlanDiff, RecordChanges } from './diff';
import { describeImportProblem } from './problems';
import type { ImportReport } from './run-import';

function list(label: string, ids: readonly string[]): string[] {
  return ids.length === 0 ? [] : [`  ${label} (${ids.length}): ${ids.join(', ')}`];
}

function records(kind: string, changes: RecordChanges): string[] {
  return [...list(`${kind} added`, changes.added), ...list(`${kind} removed`, changes.removed), ...list(`${kind} changed`, changes.changed)];
}

function planText(diff: PlanDiff): string[] {
  if (diff.unchanged) return [`Plan ${diff.planId}: no changes (the file matches what is stored).`];
  const lines = [`Plan ${diff.planId}${diff.isNew ? ' (new)' : ''}:`];
  lines.push(...list('plan fields changed', diff.planFields));
  lines.push(...records('actions', diff.actions));
  if (diff.ratingChanges.length > 0) {
    lines.push(`  rating changes (${diff.ratingChanges.length}):`);
    for (const change of diff.ratingChanges) {
      const flag = change.rationaleMissing ? '  [no rationale]' : '';
      lines.push(`    ${change.actionId}: ${RATING_WORDS[change.from]} -> ${RATING_WORDS[change.to]} (${change.direction})${flag}`);
    }
  }
  lines.push(...list('rating changes without a rationale', diff.withoutRationale));
  lines.push(...records('reviews', diff.reviews), ...records('measures', diff.measures));
  return lines;
}

export function importReportText(report: ImportReport, commit: boolean): string {
  const lines: string[] = [];
  if (report.problems.length > 0) {
    lines.push(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}; nothing was imported:`);
    for (const problem of report.problems) lines.push(`  ${describeImportProblem(problem)}`);
    lines.push('');
  }
  for (const plan of report.plans) lines.push(...planText(plan));
  if (report.problems.length === 0) lines.push('', report.committed ? 'Imported.' : commit ? 'Nothing was imported.' : 'Dry run: nothing was written. Add --commit to import.');
  return `${lines.join('\n')}\n`;
}
