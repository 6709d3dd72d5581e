import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { usePlanQueries } from '../../api/provider';
import { usePlanDetail } from '../../state/use-plan-data';

/** How long a summary that has not answered may hold back the records. */
export const SUMMARY_WAIT_MS = 1500;

/**
 * Whether the overview asks for the actions and measures yet. Not before the
 * summary's figures are on screen: on two cores, 20,000 records read in meanwhile
 * would hold those figures back. At once when the records are cached already (another
 * view fetched them), when the server offers no summary, or when the plan or the
 * summary failed; and after `SUMMARY_WAIT_MS` when the summary is slow.
 */
export function useCountingStarted(planId: string): boolean {
  const queries = usePlanQueries();
  const queryClient = useQueryClient();
  const [started, setStarted] = useState(() => queryClient.getQueryData(queries.actions(planId).queryKey) !== undefined);
  const summary = useQuery(queries.summary(planId));
  const plan = usePlanDetail(planId);
  const shown = summary.data != null && plan.isSuccess;
  const unavailable = summary.isError || summary.data === null || plan.isError;

  useEffect(() => {
    if (started) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    const start = () => setStarted(true);
    if (unavailable) timer = setTimeout(start, 0);
    else if (!shown) timer = setTimeout(start, SUMMARY_WAIT_MS);
    // The frame with the figures first, then the records: a task after that frame.
    else if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => (timer = setTimeout(start, 0)));
    else timer = setTimeout(start, 0);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [started, shown, unavailable]);

  return started;
}
