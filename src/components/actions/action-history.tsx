import { lazy, Suspense, useId, useState } from 'react';
import { Loading } from '../loading';

// The list and its request load only when someone opens a history: most visits never do.
const ActionHistoryList = lazy(() => import('./action-history-list'));

export interface ActionHistoryProps {
  planId: string;
  actionId: string;
}

/** "Show history" for one action: who changed what, when and why, fetched when opened. */
export function ActionHistory({ planId, actionId }: ActionHistoryProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="app-action-history">
      <button
        type="button"
        className="app-disclosure"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="app-disclosure__icon" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {open ? 'Hide history ' : 'Show history '}
        <span className="app-visually-hidden">of action {actionId}</span>
      </button>
      {open && (
        <div id={panelId} className="app-action-history__panel">
          <Suspense fallback={<Loading label={`Loading the history of action ${actionId}`} rows={2} />}>
            <ActionHistoryList planId={planId} actionId={actionId} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
