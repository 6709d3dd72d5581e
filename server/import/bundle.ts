import type { ActionList, MeasureList, Plan, ReviewList } from '../../src/api/schemas';

/** One plan exactly as the API serves it: GET /plans/{id}, /actions, /reviews, /measures. */
export interface PlanBundle {
  readonly plan: Plan;
  readonly actions: ActionList;
  readonly reviews: ReviewList;
  readonly measures: MeasureList;
}
