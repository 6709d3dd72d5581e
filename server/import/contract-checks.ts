/**
 * Checks across records that a schema cannot make: every id unique, every reference
 * pointing at a record of the same plan, every date a real one. Each problem names
 * the file, the record's position and id, and the field.
 */
import { parseDeadlineValue } from '../../src/domain/deadlines';
import type { PlanBundle } from '../storage/plan-bundle';
import type { ImportProblem } from './problems';

export interface BundleFiles {
  readonly plan: string;
  readonly actions: string;
  readonly reviews: string;
  readonly measures: string;
}

export function checkBundle(bundle: PlanBundle, files: BundleFiles): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const { plan, actions, reviews, measures } = bundle;
  const areaIds = new Set(plan.areas.map((area) => area.id));
  const measureIds = new Set(measures.measures.map((measure) => measure.id));

  duplicates(plan.areas, (area) => area.id, files.plan, 'areas', 'id', problems);
  duplicates(plan.areas, (area) => String(area.number), files.plan, 'areas', 'number', problems);
  duplicates(actions.actions, (action) => action.id, files.actions, 'actions', 'id', problems);
  duplicates(reviews.reviews, (review) => review.id, files.reviews, 'reviews', 'id', problems);
  duplicates(measures.measures, (measure) => measure.id, files.measures, 'measures', 'id', problems);

  actions.actions.forEach((action, index) => {
    const at = { file: files.actions, row: index + 1, record: action.id };
    if (!areaIds.has(action.areaId)) problems.push({ ...at, column: 'areaId', message: `unknown area "${action.areaId}": not among the plan's areas` });
    if (action.deadline != null) {
      const deadline = parseDeadlineValue(action.deadline);
      if (deadline.kind === 'invalid') problems.push({ ...at, column: 'deadline', message: `"${action.deadline}" is not a real date (${deadline.reason})` });
    }
    (action.measureIds ?? []).forEach((measureId, i) => {
      if (!measureIds.has(measureId)) problems.push({ ...at, column: `measureIds[${i}]`, message: `unknown measure "${measureId}": not among the plan's measures` });
    });
  });
  reviews.reviews.forEach((review, index) => {
    const seen = new Set<string>();
    review.ratings.forEach((line, i) => {
      if (seen.has(line.actionId)) problems.push({ file: files.reviews, row: index + 1, record: review.id, column: `ratings[${i}].actionId`, message: `action "${line.actionId}" is rated twice in this review` });
      seen.add(line.actionId);
    });
  });
  measures.measures.forEach((measure, index) => {
    const at = { file: files.measures, row: index + 1, record: measure.id };
    measure.areaIds.forEach((areaId, i) => {
      if (!areaIds.has(areaId)) problems.push({ ...at, column: `areaIds[${i}]`, message: `unknown area "${areaId}": not among the plan's areas` });
    });
    const periods = new Set<string>();
    measure.points.forEach((point, i) => {
      if (periods.has(point.periodEnd)) problems.push({ ...at, column: `points[${i}].periodEnd`, message: `a second value for the period ending ${point.periodEnd}` });
      periods.add(point.periodEnd);
    });
  });
  return problems;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, file: string, list: string, field: string, problems: ImportProblem[]): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const seenAt = first.get(value);
    if (seenAt === undefined) first.set(value, index + 1);
    else problems.push({ file, row: index + 1, record: value, column: `${list}[${index}].${field}`, message: `duplicate ${field} "${value}" (first in record ${seenAt})` });
  });
}
