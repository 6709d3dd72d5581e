/* eslint-disable @tanstack/query/exhaustive-deps --
   `client` is bound once per app from config.json and lives as long as the
   QueryClient, so it identifies no data: keys name the resource alone. */
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from './client';
import type { ActionUpdateRequest, ReviewCreateRequest } from '../domain/write-rules';
import { getActionHistory, getActions, getMe, getMeasures, getPlan, getPlanWorkbook, getPlans, getReview, getReviews, getSummary } from './fetchers';

/**
 * One factory per resource: key and fetcher together, keys from general to specific,
 * so `['plans', id]` invalidates everything of one plan. The client is bound once at
 * start-up from config.json; components get the factory from `useApi()`.
 */
export function createPlanQueries(client: ApiClient) {
  return {
    all: () => ['plans'] as const,
    list: () =>
      queryOptions({
        queryKey: ['plans', 'list'] as const,
        queryFn: ({ signal }) => getPlans(client, signal),
      }),
    detail: (planId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'detail'] as const,
        queryFn: ({ signal }) => getPlan(client, planId, signal),
      }),
    actions: (planId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'actions'] as const,
        queryFn: ({ signal }) => getActions(client, planId, signal),
      }),
    reviews: (planId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'reviews'] as const,
        queryFn: ({ signal }) => getReviews(client, planId, signal),
      }),
    /** One review with every rating: asked for only when that review is compared. */
    review: (planId: string, reviewId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'reviews', reviewId] as const,
        queryFn: ({ signal }) => getReview(client, planId, reviewId, signal),
      }),
    /** One action's history; under the actions' key, so anything that refreshes the actions refreshes it too. */
    history: (planId: string, actionId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'actions', actionId, 'history'] as const,
        queryFn: ({ signal }) => getActionHistory(client, planId, actionId, signal),
      }),
    /** One action as it is now, for a form: under the actions' key, so refreshing the actions refreshes it. */
    action: (planId: string, actionId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'actions', actionId] as const,
        // The forms' code (and zod) load only when a form opens.
        queryFn: async ({ signal }) => (await import('./action-updates')).getAction(client, planId, actionId, signal),
      }),
    /** Records a progress update against the version the user saw; every answer is an outcome, see action-updates.ts. */
    addUpdate: (planId: string, actionId: string) => ({
      mutationKey: ['plans', planId, 'actions', actionId, 'updates'] as const,
      mutationFn: async ({ version, request }: { version: string; request: ActionUpdateRequest }) =>
        (await import('./action-updates')).postActionUpdate(client, planId, actionId, version, request),
    }),
    /** Records the meeting's ratings as a review; every answer is an outcome, see review-writes.ts. */
    recordReview: (planId: string) => ({
      mutationKey: ['plans', planId, 'reviews', 'record'] as const,
      // The form's code (and zod) load only when someone records a review.
      mutationFn: async (request: ReviewCreateRequest) => (await import('./review-writes')).postReview(client, planId, request),
    }),
    /**
     * The plan's figures counted by the server (null: not offered): the overview shows
     * them until the actions it counts itself are in. Never retried: a failure only
     * means the overview waits for the actions, as it did before servers offered it.
     */
    summary: (planId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'summary'] as const,
        queryFn: ({ signal }) => getSummary(client, planId, signal),
        retry: false,
      }),
    measures: (planId: string) =>
      queryOptions({
        queryKey: ['plans', planId, 'measures'] as const,
        queryFn: ({ signal }) => getMeasures(client, planId, signal),
      }),
    /** Who is signed in; outside ['plans'], so it outlives a plan's data. */
    me: () =>
      queryOptions({
        queryKey: ['me'] as const,
        queryFn: ({ signal }) => getMe(client, signal),
      }),
    /** The plan as an Excel workbook: a download asked for by a button, never cached data. */
    workbook: (planId: string) => ({
      mutationKey: ['plans', planId, 'workbook'] as const,
      mutationFn: () => getPlanWorkbook(client, planId),
    }),
  };
}

export type PlanQueries = ReturnType<typeof createPlanQueries>;
