export { createApiClient, joinUrl, type ApiClient, type ApiClientOptions } from './client';
export { ApiError, isApiError, RESOURCE_LABEL, type ApiErrorKind, type Resource } from './errors';
export { getActions, getMeasures, getPlan, getPlans, getReviews, type ListResult, type PlanResult } from './fetchers';
export { describeProblem, type DataProblem } from './problems';
export { createPlanQueries, type PlanQueries } from './queries';
export type * from './schemas';
