/**
 * The rules for a change to a plan, written once: the reference server and the demo's
 * handlers refuse a request that breaks them (422, each problem naming its field), and
 * the dashboard's forms check the same rules before sending, with the same words.
 * Pure: the current rating is passed in (a rationale is needed only when it changes).
 */
import { RATINGS, type NullableRating, type Rating } from '../api/schemas';
import { formatIsoDateShort, parseDeadlineValue } from './deadlines';
import { isIsoDate } from './dates';
import { RATING_LABELS, ratingKey } from './ratings';

export const NOTE_MAX_LENGTH = 2000;
export const RATIONALE_MAX_LENGTH = 1000;
export const REASON_MAX_LENGTH = 1000;
export const TITLE_MAX_LENGTH = 500;
export const LEAD_MAX_LENGTH = 200;
export const DEADLINE_TEXT_MAX_LENGTH = 100;
export const REVIEW_TITLE_MAX_LENGTH = 200;

/** One problem with a request, named by the field as the request spells it. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldProblem[] };

export interface ActionUpdateRequest {
  readonly text: string;
  /** Present only when it changes the rating. */
  readonly rating?: Rating;
  readonly rationale?: string;
}

export interface ActionEditRequest {
  readonly title?: string;
  readonly lead?: string;
  readonly leadName?: string | null;
  readonly deadline?: string | null;
  readonly deadlineText?: string | null;
  readonly reason: string;
}

export interface ReviewCreateRequest {
  readonly title: string;
  readonly date: string;
}

const UPDATE_FIELDS = ['text', 'rating', 'rationale'] as const;
const EDIT_FIELDS = ['title', 'lead', 'leadName', 'deadline', 'deadlineText', 'reason'] as const;
const REVIEW_FIELDS = ['title', 'date'] as const;

/** Characters as a person counts them (an emoji is one), which is what the character count shows. */
export function characterCount(text: string): number {
  return [...text].length;
}

function asObject(body: unknown): Record<string, unknown> | undefined {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

function unknownFields(body: Record<string, unknown>, known: readonly string[], what: string): FieldProblem[] {
  return Object.keys(body)
    .filter((key) => !known.includes(key))
    .map((field) => ({ field, message: `"${field}" is not a field of ${what}.` }));
}

const notAnObject = (what: string): FieldProblem[] => [{ field: '(body)', message: `The body must be a JSON object: ${what}.` }];

interface TextRule {
  readonly field: string;
  /** "a progress update": used in "Enter a progress update". */
  readonly noun: string;
  /** "Progress update": starts "Progress update must be ... or fewer". */
  readonly label: string;
  readonly max: number;
  readonly required: boolean;
}

/** A trimmed text field: undefined when absent and not required; a problem when blank but required, too long, or not text. */
function checkText(value: unknown, rule: TextRule, errors: FieldProblem[]): string | undefined {
  if (value === undefined || value === null) {
    if (rule.required) errors.push({ field: rule.field, message: `Enter ${rule.noun}.` });
    return undefined;
  }
  if (typeof value !== 'string') {
    errors.push({ field: rule.field, message: `${rule.label} must be text.` });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '') {
    // Blank is the same as not given.
    if (rule.required) errors.push({ field: rule.field, message: `Enter ${rule.noun}.` });
    return undefined;
  }
  if (characterCount(trimmed) > rule.max) {
    errors.push({ field: rule.field, message: `${rule.label} must be ${rule.max.toLocaleString('en-GB')} characters or fewer.` });
    return undefined;
  }
  return trimmed;
}

function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/**
 * A progress update (`POST .../updates`) against the action's current rating: the
 * note is required; a rating that differs from the current one needs a rationale.
 * A rating equal to the current one is dropped (nothing changes but the note).
 */
export function checkActionUpdate(body: unknown, currentRating: NullableRating): Checked<ActionUpdateRequest> {
  const object = asObject(body);
  if (!object) return { ok: false, errors: notAnObject('{ text, rating?, rationale? }') };
  const errors = unknownFields(object, UPDATE_FIELDS, 'an update');
  const text = checkText(object.text, { field: 'text', noun: 'a progress update', label: 'Progress update', max: NOTE_MAX_LENGTH, required: true }, errors);
  let rating: Rating | undefined;
  if (object.rating !== undefined) {
    if (isRating(object.rating)) rating = object.rating;
    else errors.push({ field: 'rating', message: `Choose a rating: one of ${RATINGS.join(', ')}.` });
  }
  const changes = rating !== undefined && rating !== currentRating;
  const rationale = checkText(
    object.rationale,
    { field: 'rationale', noun: 'why the rating changed', label: 'Why the rating changed', max: RATIONALE_MAX_LENGTH, required: false },
    errors,
  );
  if (changes && rationale === undefined && !errors.some((e) => e.field === 'rationale')) {
    errors.push({ field: 'rationale', message: `Say why the rating changed from ${RATING_LABELS[ratingKey(currentRating)].toLowerCase()} to ${RATING_LABELS[ratingKey(rating ?? null)].toLowerCase()}.` });
  }
  if (errors.length > 0 || text === undefined) return { ok: false, errors };
  return { ok: true, value: changes ? { text, rating, ...(rationale !== undefined && { rationale }) } : { text } };
}

/** A deadline as the contract writes it and a real date: `YYYY-MM` or `YYYY-MM-DD`. */
function checkDeadline(value: unknown, errors: FieldProblem[]): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string' || parseDeadlineValue(value.trim()).kind !== 'date') {
    errors.push({ field: 'deadline', message: 'Deadline must be a real date as YYYY-MM-DD, or a month as YYYY-MM.' });
    return undefined;
  }
  return value.trim();
}

/** An editor's change (`PATCH`): at least one field, and a reason. */
export function checkActionEdit(body: unknown): Checked<ActionEditRequest> {
  const object = asObject(body);
  if (!object) return { ok: false, errors: notAnObject('{ title?, lead?, leadName?, deadline?, deadlineText?, reason }') };
  const errors = unknownFields(object, EDIT_FIELDS, 'a change to an action');
  const title = checkText(object.title, { field: 'title', noun: 'a title', label: 'Title', max: TITLE_MAX_LENGTH, required: object.title !== undefined }, errors);
  const lead = checkText(object.lead, { field: 'lead', noun: 'a lead', label: 'Lead', max: LEAD_MAX_LENGTH, required: object.lead !== undefined }, errors);
  const leadName = checkText(object.leadName, { field: 'leadName', noun: "the lead's name", label: "The lead's name", max: LEAD_MAX_LENGTH, required: false }, errors);
  const deadline = checkDeadline(object.deadline, errors);
  const deadlineText = checkText(object.deadlineText, { field: 'deadlineText', noun: 'the deadline in words', label: 'The deadline in words', max: DEADLINE_TEXT_MAX_LENGTH, required: false }, errors);
  const reason = checkText(object.reason, { field: 'reason', noun: 'the reason for the change', label: 'The reason', max: REASON_MAX_LENGTH, required: true }, errors);
  const changed = EDIT_FIELDS.filter((field) => field !== 'reason' && object[field] !== undefined);
  if (changed.length === 0) errors.push({ field: '(body)', message: 'Change at least one of title, lead, leadName, deadline or deadlineText.' });
  if (errors.length > 0 || reason === undefined) return { ok: false, errors };
  // A field sent as null or blank clears it; an absent field stays as it is.
  const cleared = (field: string, value: string | null | undefined) => (object[field] === undefined ? {} : { [field]: value ?? null });
  return {
    ok: true,
    value: {
      ...(title !== undefined && { title }),
      ...(lead !== undefined && { lead }),
      ...cleared('leadName', leadName || null),
      ...cleared('deadline', deadline),
      ...cleared('deadlineText', deadlineText || null),
      reason,
    },
  };
}

/** Recording a review (`POST /plans/{planId}/reviews`). */
export function checkReviewCreate(body: unknown): Checked<ReviewCreateRequest> {
  const object = asObject(body);
  if (!object) return { ok: false, errors: notAnObject('{ title, date }') };
  const errors = unknownFields(object, REVIEW_FIELDS, 'a review');
  const title = checkText(object.title, { field: 'title', noun: 'the meeting’s name', label: 'The meeting’s name', max: REVIEW_TITLE_MAX_LENGTH, required: true }, errors);
  const date = typeof object.date === 'string' ? object.date.trim() : undefined;
  if (date === undefined || !isIsoDate(date)) errors.push({ field: 'date', message: 'The meeting’s date must be a real date as YYYY-MM-DD.' });
  if (errors.length > 0 || title === undefined || date === undefined) return { ok: false, errors };
  return { ok: true, value: { title, date } };
}

/**
 * Reviews are listed oldest first and the latest is the default comparison, so a new
 * review may not be dated before the latest one (`latestReviewDate`, null when none).
 */
export function reviewDateProblem(date: string, latestReviewDate: string | null): FieldProblem | undefined {
  if (latestReviewDate === null || date >= latestReviewDate) return undefined;
  return { field: 'date', message: `The meeting’s date must be on or after the last review’s (${formatIsoDateShort(latestReviewDate)}).` };
}
