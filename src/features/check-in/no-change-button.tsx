import { useState } from 'react';
import { Link } from 'wouter';
import type { UpdateOutcome } from '../../api/action-updates';
import type { Action } from '../../api/schemas';
import { useAddUpdateHref } from '../../components/actions/add-update-link';
import { NO_CHANGE_TEXT } from '../../domain/update-draft';
import { useRecordUpdate } from '../action-update/use-record-update';

export interface NoChangeButtonProps {
  planId: string;
  action: Pick<Action, 'id' | 'lead' | 'version'>;
}

/** What the lead reads after pressing: the outcome in words, and where to go when it was not recorded. */
function outcomeText(outcome: UpdateOutcome): { text: string; offerForm: boolean } {
  switch (outcome.kind) {
    case 'saved':
      return { text: `Recorded: “${NO_CHANGE_TEXT}”`, offerForm: false };
    case 'stale':
      // The hook puts their version of the action on the page, so a second press goes on top of what the lead can now see.
      return {
        text: outcome.current
          ? 'Not recorded: someone else changed this action after this page was loaded; the page now shows their change. Press again to record no change on top of it, or'
          : 'Not recorded: someone else changed this action after this page was loaded.',
        offerForm: true,
      };
    case 'invalid':
      return { text: `Not recorded: ${outcome.errors.map((e) => e.message).join(' ')}`, offerForm: true };
    case 'signed-out':
      return { text: 'Not recorded: you are signed out. Sign in again, then try again.', offerForm: false };
    case 'forbidden':
      return { text: `Not recorded: ${outcome.detail ?? 'you may not update this action.'}`, offerForm: false };
    case 'failed':
      return { text: `Not recorded: ${outcome.message}`, offerForm: true };
  }
}

/**
 * "No change this week" in one press, from the weekly check-in: a dated note on the
 * action, sent with the version the page shows (a change by someone else meanwhile is
 * refused, never overwritten). Shown only to those who may update the action.
 */
export function NoChangeButton({ planId, action }: NoChangeButtonProps) {
  const href = useAddUpdateHref(planId, action);
  const record = useRecordUpdate(planId, action.id);
  const [said, setSaid] = useState<{ text: string; offerForm: boolean } | null>(null);
  if (href === null || action.version === undefined) return null;
  const version = action.version;

  async function press() {
    setSaid(null);
    try {
      setSaid(outcomeText(await record.mutateAsync({ version, request: { text: NO_CHANGE_TEXT } })));
    } catch (error) {
      setSaid({ text: `Not recorded: ${error instanceof Error ? error.message : String(error)}`, offerForm: true });
    }
  }

  return (
    <span className="app-no-change">
      <button type="button" className="app-button app-button--secondary app-no-change__button" disabled={record.isPending} onClick={() => void press()}>
        {record.isPending ? 'Recording…' : 'No change this week'} <span className="app-visually-hidden">for action {action.id}</span>
      </button>
      <span role="status" className="app-no-change__status">
        {said?.text}
        {said?.offerForm && (
          <>
            {' '}
            <Link href={href}>
              Open the update form <span className="app-visually-hidden">for action {action.id}</span>
            </Link>
          </>
        )}
      </span>
    </span>
  );
}
