import type { z } from 'zod';
import type { ApiClient } from './client';
import { ApiError, type Resource } from './errors';
import type { DataProblem } from './problems';
import { joinPath, parseRecords } from './records';
import {
  ActionListEnvelope,
  ActionSchema,
  AreaSchema,
  MeasureListEnvelope,
  MeasureSchema,
  PlanEnvelope,
  PlanListEnvelope,
  PlanSummarySchema,
  PointSchema,
  ReviewListEnvelope,
  ReviewRatingSchema,
  ReviewSchema,
  type Action,
  type Measure,
  type Plan,
  type PlanSummary,
  type Point,
  type Review,
} from './schemas';

/** A list as the dashboard uses it: the valid records, and what was wrong with the rest. */
export interface ListResult<T> {
  asOf: string;
  items: T[];
  problems: DataProblem[];
}

export interface PlanResult {
  plan: Plan;
  problems: DataProblem[];
}

const planPath = (planId: string) => `plans/${encodeURIComponent(planId)}`;

export async function getPlans(client: ApiClient, signal?: AbortSignal): Promise<ListResult<PlanSummary>> {
  const body = parseEnvelope('plans', PlanListEnvelope, await client.getJson('plans', 'plans', signal));
  const { records, problems } = parseRecords('plans', body.plans, PlanSummarySchema);
  return { asOf: body.asOf, items: records, problems };
}

export async function getPlan(client: ApiClient, planId: string, signal?: AbortSignal): Promise<PlanResult> {
  const body = parseEnvelope('plan', PlanEnvelope, await client.getJson('plan', planPath(planId), signal));
  const { records, problems } = parseRecords('plan', body.areas, AreaSchema, { pathPrefix: 'areas' });
  return { plan: { ...body, areas: records }, problems };
}

export async function getActions(client: ApiClient, planId: string, signal?: AbortSignal): Promise<ListResult<Action>> {
  const raw = await client.getJson('actions', `${planPath(planId)}/actions`, signal);
  const body = parseEnvelope('actions', ActionListEnvelope, raw);
  const { records, problems } = parseRecords('actions', body.actions, ActionSchema);
  return { asOf: body.asOf, items: records, problems };
}

export async function getReviews(client: ApiClient, planId: string, signal?: AbortSignal): Promise<ListResult<Review>> {
  const raw = await client.getJson('reviews', `${planPath(planId)}/reviews`, signal);
  const body = parseEnvelope('reviews', ReviewListEnvelope, raw);
  // A review with one bad rating keeps its other ratings: the record is the rating.
  const outer = parseRecords('reviews', body.reviews, ReviewSchema.extend({ ratings: unknownList }));
  const problems = [...outer.problems];
  const items = outer.records.map((review): Review => {
    const inner = parseRecords('reviews', review.ratings, ReviewRatingSchema, {
      idKey: 'actionId',
      pathPrefix: 'ratings',
      parentId: review.id,
    });
    problems.push(...inner.problems);
    return { ...review, ratings: inner.records };
  });
  return { asOf: body.asOf, items, problems };
}

export async function getMeasures(client: ApiClient, planId: string, signal?: AbortSignal): Promise<ListResult<Measure>> {
  const raw = await client.getJson('measures', `${planPath(planId)}/measures`, signal);
  const body = parseEnvelope('measures', MeasureListEnvelope, raw);
  // A measure with one bad point keeps its other points; the problem names the point.
  const outer = parseRecords('measures', body.measures, MeasureSchema.extend({ points: unknownList }));
  const problems = [...outer.problems];
  const items = outer.records.map((measure): Measure => {
    const inner = parseRecords('measures', measure.points, PointSchema, {
      idKey: 'periodEnd',
      pathPrefix: 'points',
      parentId: measure.id,
    });
    problems.push(...inner.problems);
    // The contract sends points oldest first; an extract that does not is put in order
    // here, so "latest" always means the latest period, whatever the server's order.
    return { ...measure, points: inOrder(inner.records) };
  });
  return { asOf: body.asOf, items, problems };
}

const unknownList = PlanListEnvelope.shape.plans;

function inOrder(points: Point[]): Point[] {
  for (let i = 1; i < points.length; i += 1) {
    if ((points[i - 1]?.periodEnd ?? '') > (points[i]?.periodEnd ?? '')) {
      return [...points].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
    }
  }
  return points;
}

/** The top level must match the contract, or nothing in the response can be trusted. */
function parseEnvelope<S extends z.ZodType>(resource: Resource, schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = joinPath('', issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new ApiError({ kind: 'contract', resource, issues });
}
