import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ListResult } from '../../api/fetchers';
import type { RecordReviewOutcome } from '../../api/review-writes';
import { usePlanQueries } from '../../api/provider';
import { signInHref } from '../../api/sign-in';
import type { Action, ReviewDetail, ReviewSummary } from '../../api/schemas';
import { ErrorSummary } from '../../components/error-summary';
import { RatingCountsText } from '../../components/rating-bar';
import { RatingTag } from '../../components/rating-tag';
import { formatIsoDateShort } from '../../domain/deadlines';
import { ratingKey } from '../../domain/ratings';
import { compareActionIds } from '../../domain/review-changes';
import { checkReviewForm, datePartsOf, defaultReviewTitle, reviewPreview, type DatePart, type ReviewForm } from '../../domain/review-form';
import { reviewLabel } from '../../domain/snapshot';
import type { FieldProblem, ReviewCreateRequest } from '../../domain/write-rules';
import './record-review.css';

export interface RecordReviewProps {
  planId: string;
  actions: readonly Action[];
  reviews: readonly ReviewSummary[];
  /** The data's "as at" date: the ratings recorded are those as at this date, and the date offered. */
  asOfDate: string | null;
  /** Called once the server has recorded the review (the caches already hold it). */
  onRecorded: (review: ReviewDetail, message: string) => void;
}

type Step = 'closed' | 'form' | 'check';
type Refusal = Extract<RecordReviewOutcome, { kind: 'signed-out' | 'forbidden' | 'failed' }>;

const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const PART_LABELS: Readonly<Record<DatePart, string>> = { day: 'Day', month: 'Month', year: 'Year' };

/** The review as the list holds it, and as one review's request returns it: both caches hold it at once. */
function putReview(review: ReviewDetail, list: ListResult<ReviewSummary> | undefined): ListResult<ReviewSummary> | undefined {
  if (!list) return list;
  const summary: ReviewSummary = { id: review.id, date: review.date, forum: review.forum, counts: review.counts };
  return { ...list, items: [...list.items.filter((r) => r.id !== review.id), summary] };
}

/**
 * "Record this meeting's ratings": the meeting's name and date (GOV.UK's text input and
 * date input, error summary over inline errors), then a check of what will be frozen
 * (every action's current rating), then the request. Checked with the server's own
 * rules first; the server's 422 lands on the same fields.
 */
export function RecordReview({ planId, actions, reviews, asOfDate, onRecorded }: RecordReviewProps) {
  const queries = usePlanQueries();
  const queryClient = useQueryClient();
  const id = useId();
  const [step, setStep] = useState<Step>('closed');
  const [form, setForm] = useState<ReviewForm>(() => ({ title: defaultReviewTitle(reviews), ...datePartsOf(asOfDate) }));
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [badParts, setBadParts] = useState<readonly DatePart[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [request, setRequest] = useState<ReviewCreateRequest | null>(null);
  // Bumped whenever focus should move (a step opened, a problem found), so typing never moves it.
  const [attention, setAttention] = useState(0);
  const openButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  const latestReviewDate = reviews.reduce<string | null>((latest, r) => (latest === null || r.date > latest ? r.date : latest), null);
  const preview = reviewPreview(actions);
  const record = useMutation(queries.recordReview(planId));

  useEffect(() => {
    if (attention === 0) return;
    if (step === 'closed') openButton.current?.focus();
    else (summaryRef.current ?? refusalRef.current ?? heading.current)?.focus();
  }, [attention, step]);

  const fieldIds: Readonly<Record<string, string>> = { title: `${id}-title`, date: `${id}-date-${badParts[0] ?? 'day'}` };
  const fieldError = (field: string) => problems.find((p) => p.field === field)?.message;
  const titleError = fieldError('title');
  const dateError = fieldError('date');

  function move(next: Step) {
    setStep(next);
    setAttention((n) => n + 1);
  }

  function check(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    const checked = checkReviewForm(form, latestReviewDate);
    if (!checked.ok) {
      setProblems(checked.errors);
      setBadParts(checked.dateParts);
      setAttention((n) => n + 1);
      return;
    }
    setProblems([]);
    setBadParts([]);
    setRequest(checked.value);
    move('check');
  }

  async function submit() {
    if (!request) return;
    setRefusal(null);
    const outcome = await record.mutateAsync(request);
    if (outcome.kind === 'recorded') {
      const { review } = outcome;
      queryClient.setQueryData(queries.review(planId, review.id).queryKey, { review, problems: [] });
      queryClient.setQueryData(queries.reviews(planId).queryKey, (list) => putReview(review, list));
      void queryClient.invalidateQueries({ queryKey: queries.reviews(planId).queryKey, exact: true });
      setStep('closed');
      onRecorded(review, `${reviewLabel(review)} recorded: the ratings of ${review.ratings.length.toLocaleString('en-GB')} actions. Since last review now compares with it.`);
      return;
    }
    if (outcome.kind === 'invalid') {
      // The server's own check (another review recorded meanwhile, say): back to the fields it names.
      setProblems(outcome.errors);
      setBadParts(outcome.errors.some((e) => e.field === 'date') ? DATE_PARTS : []);
      move('form');
      return;
    }
    setRefusal(outcome);
    setAttention((n) => n + 1);
  }

  if (step === 'closed') {
    return (
      <div className="app-record-review">
        <button ref={openButton} type="button" className="app-button app-button--secondary" onClick={() => move('form')}>
          Record this meeting’s ratings
        </button>
      </div>
    );
  }

  const refusalPanel = refusal && (
    <div className="app-error-panel" role="alert" tabIndex={-1} ref={refusalRef}>
      <h3 className="app-error-panel__title">
        {refusal.kind === 'signed-out' ? 'Sign in again to record the review' : refusal.kind === 'forbidden' ? 'You may not record reviews for this plan' : 'The review was not recorded'}
      </h3>
      <p>{refusal.kind === 'failed' ? refusal.message : (refusal.detail ?? 'Nothing was recorded.')}</p>
      {refusal.kind === 'signed-out' && refusal.signInUrl && (
        <p>
          <a href={signInHref(refusal.signInUrl, window.location)} target="_blank" rel="noopener">
            Sign in again (opens in a new tab)
          </a>
          , then come back to this tab and record the ratings.
        </p>
      )}
    </div>
  );

  if (step === 'check' && request) {
    const label = reviewLabel({ forum: request.title, date: request.date });
    const sorted = [...actions].sort((a, b) => compareActionIds(a.id, b.id));
    return (
      <section className="app-record-review app-record-review--open" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="app-heading-m" tabIndex={-1} ref={heading}>
          Check before you record
        </h2>
        {refusalPanel}
        <dl className="app-summary-list">
          <div className="app-summary-list__row">
            <dt>Meeting</dt>
            <dd>{request.title}</dd>
          </div>
          <div className="app-summary-list__row">
            <dt>Date</dt>
            <dd>{formatIsoDateShort(request.date)}</dd>
          </div>
        </dl>
        <p>
          Recording freezes the current rating of all {preview.total.toLocaleString('en-GB')} actions
          {asOfDate ? ` (data as at ${formatIsoDateShort(asOfDate)})` : ''} as the ratings of <strong>{label}</strong>, with their rationales:
        </p>
        <RatingCountsText counts={preview.counts} />
        <details className="app-record-review__details">
          <summary>See each action’s rating ({preview.total.toLocaleString('en-GB')})</summary>
          <table className="app-table">
            <caption className="app-visually-hidden">The ratings to be recorded for {label}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Rating</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.id}</th>
                  <td>
                    <RatingTag rating={ratingKey(action.rating)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <p className="app-record-review__warning">
          <strong className="app-warning-text">
            <span aria-hidden="true">⚠ </span>A recorded review cannot be changed or deleted.
          </strong>
        </p>
        <div className="app-button-group">
          <button type="button" className="app-button" onClick={() => void submit()} disabled={record.isPending}>
            {record.isPending ? 'Recording…' : 'Record these ratings'}
          </button>
          <button type="button" className="app-button app-button--secondary" onClick={() => move('form')} disabled={record.isPending}>
            Change the meeting or date
          </button>
        </div>
      </section>
    );
  }

  const hintId = `${id}-title-hint`;
  const dateHintId = `${id}-date-hint`;
  return (
    <section className="app-record-review app-record-review--open" aria-labelledby={`${id}-heading`}>
      <form noValidate onSubmit={check} className="app-record-review__form">
        <h2 id={`${id}-heading`} className="app-heading-m" tabIndex={-1} ref={heading}>
          Record this meeting’s ratings
        </h2>
        <p className="app-hint">The meeting’s review holds every action’s current rating and rationale, and becomes the one Since last review compares with.</p>
        {problems.length > 0 && <ErrorSummary problems={problems} fieldId={(field) => fieldIds[field]} ref={summaryRef} />}
        <div className={`app-form-group app-record-review__field${titleError ? ' app-form-group--error' : ''}`}>
          <label className="app-label" htmlFor={fieldIds.title}>
            Meeting
          </label>
          <p className="app-hint" id={hintId}>
            As the plan’s reviews are named, for example “Improvement Board”. The date is added to it.
          </p>
          {titleError && (
            <p className="app-error-message" id={`${id}-title-error`}>
              <span className="app-visually-hidden">Error: </span>
              {titleError}
            </p>
          )}
          <input
            id={fieldIds.title}
            className={`app-input app-record-review__title${titleError ? ' app-input--error' : ''}`}
            type="text"
            value={form.title}
            aria-describedby={titleError ? `${hintId} ${id}-title-error` : hintId}
            aria-invalid={titleError ? true : undefined}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
        </div>
        <div className={`app-form-group app-record-review__field${dateError ? ' app-form-group--error' : ''}`}>
          <fieldset className="app-fieldset" role="group" aria-describedby={dateError ? `${dateHintId} ${id}-date-error` : dateHintId}>
            <legend className="app-fieldset__legend">Date of the meeting</legend>
            <p className="app-hint" id={dateHintId}>
              For example, 14 12 2023.{asOfDate ? ` The ratings recorded are those in the data as at ${formatIsoDateShort(asOfDate)}.` : ''}
              {latestReviewDate ? ` The last review was on ${formatIsoDateShort(latestReviewDate)}.` : ''}
            </p>
            {dateError && (
              <p className="app-error-message" id={`${id}-date-error`}>
                <span className="app-visually-hidden">Error: </span>
                {dateError}
              </p>
            )}
            <div className="app-date-input">
              {DATE_PARTS.map((part) => (
                <div key={part} className="app-date-input__item">
                  <label className="app-date-input__label" htmlFor={`${id}-date-${part}`}>
                    {PART_LABELS[part]}
                  </label>
                  <input
                    id={`${id}-date-${part}`}
                    className={`app-input app-date-input__input app-date-input__input--${part}${badParts.includes(part) ? ' app-input--error' : ''}`}
                    type="text"
                    inputMode="numeric"
                    value={form[part]}
                    aria-invalid={badParts.includes(part) ? true : undefined}
                    onChange={(e) => setForm({ ...form, [part]: e.target.value })}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="app-button-group">
          <button type="submit" className="app-button">
            Continue
          </button>
          <button
            type="button"
            className="app-button app-button--secondary"
            onClick={() => {
              setProblems([]);
              setBadParts([]);
              move('closed');
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
