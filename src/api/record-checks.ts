import { deadlineProblems } from '../domain/deadlines';
import type { DataProblem } from './problems';
import type { Action, Point } from './schemas';

/**
 * Checks of one record on its own that the schema cannot express. The record is kept;
 * the problem names what the dashboard did with the field.
 */

/** A deadline shaped like a date but not a real one (2023-02-30): kept, treated as no deadline. */
export function actionDeadlineProblems(actions: readonly Action[]): DataProblem[] {
  return deadlineProblems(actions).map(({ actionId, raw, reason }) => ({
    resource: 'actions',
    recordId: actionId,
    path: 'deadline',
    message: `"${raw}" is not a real date (${reason}): the action was kept, treated as having no deadline`,
  }));
}

/**
 * The contract sends a measure's points oldest first. A point earlier than one listed
 * before it is named, and the points are put in date order, so "latest" always means
 * the latest period whatever the server's order. `raw` is the list as sent, to name
 * the point by its position there.
 */
export function pointsInOrder(measureId: string, points: Point[], raw: readonly unknown[]): { points: Point[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  let latest = '';
  for (const point of points) {
    if (point.periodEnd < latest) {
      const index = raw.findIndex((item) => periodEndOf(item) === point.periodEnd);
      problems.push({
        resource: 'measures',
        recordId: measureId,
        path: `points[${index}].periodEnd`,
        message: `${point.periodEnd} is listed after ${latest} (points must be oldest first): the point was kept and shown in date order`,
      });
    } else {
      latest = point.periodEnd;
    }
  }
  if (problems.length === 0) return { points, problems };
  const sorted = [...points].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
  return { points: sorted, problems };
}

function periodEndOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null ? (item as { periodEnd?: unknown }).periodEnd : undefined;
}
