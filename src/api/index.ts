export { createApiClient, joinUrl, type ApiClient, type ApiClientOptions } from './client';
export { ApiError, isApiError, RESOURCE_LABEL, type ApiErrorKind, type Resource } from './errors';
export { getActions, getMeasures, getPlan, getPlans, getReview, getReviews, type ListResult, type PlanResult, type ReviewResult } from './fetchers';
export { describeProblem, problemsOf, type DataProblem } from './problems';
export { createPlanQueries, type PlanQueries } from './queries';
export type * from './schemas';
