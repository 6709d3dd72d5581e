import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import type { UpdateOutcome } from '../../api/action-updates';
import { usePlanQueries } from '../../api/provider';
import type { Action } from '../../api/schemas';
import { signInHref } from '../../api/sign-in';
import { PageTitle } from '../../components/page-title';
import { changeSets, changesRating, emptyDraft, hasStarted, NO_CHANGE_TEXT, rebaseDraft, recordedMessage, updateBody, type ChangeSet, type UpdateDraft } from '../../domain/update-draft';
import { checkActionUpdate, NOTE_MAX_LENGTH, RATIONALE_MAX_LENGTH, type ActionUpdateRequest, type FieldProblem } from '../../domain/write-rules';
import { CharacterCount } from './character-count';
import { ConflictPanel } from './conflict-panel';
import { ErrorSummary } from '../../components/error-summary';
import { RatingRadios } from './rating-radios';
import { putAction, useRecordUpdate } from './use-record-update';

export interface UpdateFormProps {
  planId: string;
  /** The action as loaded; it must carry its `version` (the form sends it back as If-Match). */
  action: Action & { version: string };
  /** The plan's own words for each rating, shown under each radio. */
  definitions: Readonly<Record<string, string>> | undefined;
  /** Called once the server has recorded the update, with what to tell the user. */
  onSaved: (saved: Action, message: string) => void;
  /** The page title without "Error: " (added while there are problems). */
  title: string;
}

/** Field names as the request spells them, to the form's element ids. */
const FIELD_IDS: Readonly<Record<string, string>> = {
  text: 'update-text',
  rating: 'update-rating',
  rationale: 'update-rationale',
  // "No change this week" refused because an update was started: the link goes to it.
  'no-change': 'update-text',
};

type Refusal = Extract<UpdateOutcome, { kind: 'signed-out' | 'forbidden' | 'failed' }>;

export interface Conflict {
  current: Action;
  /** Their saves since the version this form sent, newest first. */
  sets: readonly ChangeSet[];
}

/**
 * "Add an update", in GOV.UK's patterns: an error summary (focused after a failed
 * submit, each problem linked to its field) over inline errors; the note with a
 * character count; the rating as radios of the same tags as everywhere, revealing
 * "why" only when it changes. Checked with the server's own rules
 * (src/domain/write-rules.ts); the server's 422 lands on the same fields. Nothing typed
 * is lost on a refusal: 412 shows the other change beside this one and rebases onto it,
 * 401 and 403 say what happened and keep the form as it is.
 */
export function UpdateForm({ planId, action, definitions, onSaved, title }: UpdateFormProps) {
  const queries = usePlanQueries();
  const queryClient = useQueryClient();
  const record = useRecordUpdate(planId, action.id);
  const [draft, setDraft] = useState<UpdateDraft>(() => emptyDraft(action.rating));
  // The version and rating the user is writing against: the loaded action, then the newer one after a 412.
  const [base, setBase] = useState({ version: action.version, rating: action.rating });
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Bumped at each outcome that needs the user's eyes, so focus moves there every time.
  const [attention, setAttention] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attention === 0) return;
    (summaryRef.current ?? refusalRef.current ?? conflictRef.current)?.focus();
    // Only the bump moves focus: typing afterwards must not.
  }, [attention]);

  const fieldError = (field: string) => problems.find((problem) => problem.field === field)?.message;
  const changes = changesRating(draft, base.rating);

  async function send(request: ActionUpdateRequest) {
    const sentBase = base;
    const outcome = await record.mutateAsync({ version: sentBase.version, request });
    switch (outcome.kind) {
      case 'saved':
        onSaved(outcome.action, recordedMessage(sentBase.rating, outcome.action, request.text));
        return;
      case 'invalid':
        setProblems(outcome.errors);
        break;
      case 'stale': {
        let current = outcome.current;
        if (!current) {
          // A 412 without the action in it: read the action as it is now.
          try {
            current = await queryClient.fetchQuery({ ...queries.action(planId, action.id), staleTime: 0 });
            putAction(queryClient, queries, planId, current);
          } catch (error) {
            setRefusal({ kind: 'failed', message: `Someone changed this action after you opened this form, and it could not be read again: ${error instanceof Error ? error.message : String(error)}` });
            break;
          }
        }
        if (current.version === undefined) {
          setRefusal({ kind: 'failed', message: 'Someone changed this action after you opened this form, and the server no longer gives its version, so it cannot be updated here.' });
          break;
        }
        setConflict({ current, sets: changeSets(outcome.changes) });
        setDraft(rebaseDraft(draft, sentBase.rating, current.rating));
        setBase({ version: current.version, rating: current.rating });
        break;
      }
      default:
        setRefusal(outcome);
    }
    setAttention((n) => n + 1);
  }

  async function submit(mode: 'update' | 'no-change') {
    setRefusal(null);
    if (mode === 'no-change') {
      if (hasStarted(draft, base.rating)) {
        setProblems([{ field: 'no-change', message: 'You have started an update: save it, or clear the progress update and keep the rating to record no change.' }]);
        setAttention((n) => n + 1);
        return;
      }
      setProblems([]);
      await send({ text: NO_CHANGE_TEXT });
      return;
    }
    const checked = checkActionUpdate(updateBody(draft, base.rating), base.rating);
    if (!checked.ok) {
      setProblems(checked.errors);
      setAttention((n) => n + 1);
      return;
    }
    setProblems([]);
    await send(checked.value);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!record.isPending) void submit('update');
  }

  return (
    <>
      <PageTitle title={problems.length > 0 ? `Error: ${title}` : title} />
      {problems.length > 0 && <ErrorSummary ref={summaryRef} problems={problems} fieldId={(field) => FIELD_IDS[field]} />}
      {refusal && <RefusalPanel ref={refusalRef} refusal={refusal} actionId={action.id} />}
      {conflict && (
        <ConflictPanel
          ref={conflictRef}
          conflict={conflict}
          draft={draft}
          base={base.rating}
          saving={record.isPending}
          onApply={() => void submit('update')}
        />
      )}
      <form className="app-update-form" noValidate onSubmit={onSubmit} aria-label={`Update for action ${action.id}`}>
        <CharacterCount
          id="update-text"
          label="Progress update"
          hint="What has happened since the last update. It is dated today and shown with your name."
          value={draft.text}
          onChange={(text) => setDraft((d) => ({ ...d, text }))}
          max={NOTE_MAX_LENGTH}
          error={fieldError('text')}
        />
        <RatingRadios
          id="update-rating"
          value={draft.rating}
          current={base.rating}
          onChange={(rating) => setDraft((d) => ({ ...d, rating }))}
          error={fieldError('rating')}
          definitions={definitions}
          revealedId="update-rationale-reveal"
          revealed={
            changes && (
              <CharacterCount
                id="update-rationale"
                label="Why has the rating changed?"
                hint="Shown beside the change in Since last review, for the board."
                value={draft.rationale}
                onChange={(rationale) => setDraft((d) => ({ ...d, rationale }))}
                max={RATIONALE_MAX_LENGTH}
                error={fieldError('rationale')}
                rows={3}
              />
            )
          }
        />
        <div className="app-button-group">
          <button type="submit" className="app-button" disabled={record.isPending}>
            {record.isPending ? 'Saving…' : 'Save update'}
          </button>
          <button type="button" className="app-button app-button--secondary" disabled={record.isPending} onClick={() => void submit('no-change')}>
            No change this week
          </button>
        </div>
      </form>
    </>
  );
}

interface RefusalPanelProps {
  refusal: Refusal;
  actionId: string;
  ref?: Ref<HTMLDivElement>;
}

/** Why the server did not save, and what to do; the form below is untouched. */
function RefusalPanel({ refusal, actionId, ref }: RefusalPanelProps) {
  const kept = 'Your update has not been saved. It is still in the form below.';
  return (
    <div className="app-error-panel" role="alert" tabIndex={-1} ref={ref} aria-labelledby="update-refusal-title">
      {refusal.kind === 'signed-out' ? (
        <>
          <h2 className="app-error-panel__title" id="update-refusal-title">
            You have been signed out
          </h2>
          <p>{kept}</p>
          {refusal.signInUrl ? (
            <p>
              <a href={signInHref(refusal.signInUrl, window.location)} target="_blank" rel="noopener">
                Sign in again (opens in a new tab)
              </a>
              , then come back to this tab and save your update.
            </p>
          ) : (
            <p>Sign in again in another tab, then come back to this tab and save your update.</p>
          )}
        </>
      ) : refusal.kind === 'forbidden' ? (
        <>
          <h2 className="app-error-panel__title" id="update-refusal-title">
            You do not have permission to update action {actionId}
          </h2>
          {refusal.detail && <p>{refusal.detail}</p>}
          <p>{kept} Copy it if you want to keep it, and ask an editor of the plan to record it.</p>
        </>
      ) : (
        <>
          <h2 className="app-error-panel__title" id="update-refusal-title">
            Your update could not be saved
          </h2>
          <p>{refusal.message}</p>
          <p>It is still in the form below: try again.</p>
        </>
      )}
    </div>
  );
}
