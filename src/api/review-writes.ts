/**
 * Recording the board's ratings (`POST /plans/{planId}/reviews`). Every answer the
 * contract names is an outcome the form acts on, never a thrown error: 201 the review
 * as recorded, 422 each problem with its field, 401 sign in again, 403 not allowed.
 * Loaded with the form only.
 */
import type { ApiClient } from './client';
import { decodeReview } from './decode';
import { InvalidFieldsProblemSchema, type ReviewDetail } from './schemas';
import { notAnswered, refusalOf, type Refusal } from './write-answers';
import type { FieldProblem, ReviewCreateRequest } from '../domain/write-rules';

export type RecordReviewOutcome =
  | { kind: 'recorded'; review: ReviewDetail }
  | { kind: 'invalid'; errors: readonly FieldProblem[] }
  | Refusal;

export async function postReview(client: ApiClient, planId: string, request: ReviewCreateRequest): Promise<RecordReviewOutcome> {
  let response;
  try {
    response = await client.send('review', 'POST', `plans/${encodeURIComponent(planId)}/reviews`, request);
  } catch (error) {
    return notAnswered(error);
  }
  const { status, body } = response;
  if (status === 201 || status === 200) {
    try {
      return { kind: 'recorded', review: decodeReview(body).review };
    } catch {
      return { kind: 'failed', message: 'The server recorded the review but its answer is not a review as the contract describes; reload the page to see the reviews as they are now.' };
    }
  }
  if (status === 422) {
    const invalid = InvalidFieldsProblemSchema.safeParse(body);
    if (invalid.success) return { kind: 'invalid', errors: invalid.data.errors };
  }
  return refusalOf(client, status, body, 'record the review');
}
