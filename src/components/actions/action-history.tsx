import { lazy, Suspense, useId, useState } from 'react';
import { DisclosureButton } from '../disclosure-button';
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
      <DisclosureButton open={open} controls={panelId} onToggle={() => setOpen((was) => !was)}>
        {open ? 'Hide history ' : 'Show history '}
        <span className="app-visually-hidden">of action {actionId}</span>
      </DisclosureButton>
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
