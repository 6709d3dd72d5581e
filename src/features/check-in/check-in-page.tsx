import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { DataProblems } from '../../components/data-problems';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { areaNumbersById } from '../../domain/areas';
import { useReferenceDate } from '../../state/reference-date';
import { CHECK_IN_COLUMN_LABELS, CHECK_IN_GROUP_LABELS, CHECK_IN_GROUPS, CHECK_IN_RULE, checkIn, checkInCountsByLead, type CheckInAction } from '../../domain/check-in';
import { formatIsoDateShort } from '../../domain/deadlines';
import { distinctLeads, type LeadAlias, type LeadGroup } from '../../domain/leads';
import { paths, withSearch } from '../../state/paths';
import { textListParam, useSearchState } from '../../state/url-state';
import { CheckInGroupList } from './check-in-group';
import { LeadPicker } from './lead-picker';
import './check-in.css';
import { usePlanActions, usePlanDetail } from '../../state/use-plan-data';
import { problemsOf } from '../../api/problems';

export interface CheckInPageProps {
  planId: string;
}

const SEARCH = { lead: textListParam };
const NO_ALIASES: readonly LeadAlias[] = [];

/** "What do I owe this week?": the chosen leads' actions, overdue and due soon first. */
export function CheckInPage({ planId }: CheckInPageProps) {
  const actions = usePlanActions(planId);
  const plan = usePlanDetail(planId);
  const [{ lead: chosen }, setSearch] = useSearchState(SEARCH);
  const headingId = useId();

  const items = actions.data?.items;
  const today = useReferenceDate(planId);
  const aliases = plan.data?.plan.leadAliases ?? NO_ALIASES;
  const leads = useMemo(() => (items ? distinctLeads(items, aliases) : []), [items, aliases]);
  const known = useMemo(() => new Set(leads.map((l) => l.key)), [leads]);
  // Lead keys in a hand-edited or stale link that match no lead are ignored.
  const selected = useMemo(() => chosen.filter((key) => known.has(key)), [chosen, known]);
  const groups = useMemo(
    () => (items && today && selected.length > 0 ? checkIn(items, selected, today, aliases) : null),
    [items, today, selected, aliases],
  );

  if (actions.isPending) return <Loading label="Loading the actions" rows={5} />;
  if (actions.isLoadingError) {
    return <QueryError error={actions.error} onRetry={() => void actions.refetch()} retrying={actions.isFetching} />;
  }

  const areaNumbers = areaNumbersById(plan.data?.plan.areas ?? []);
  const names = selected.map((key) => leads.find((l) => l.key === key)?.displayName ?? key);
  const total = groups ? CHECK_IN_GROUPS.reduce((sum, g) => sum + groups[g].length, 0) : 0;

  return (
    <>
      <PageTitle title={names.length > 0 ? `Check-in: ${names.join(', ')}` : 'Weekly check-in'} />
      <h1 className="app-heading-xl">Weekly check-in</h1>
      <p className="app-hint">
        Choose one or more leads. Their actions are grouped by what is owed this week, as at{' '}
        {today ? formatIsoDateShort(today) : 'the data date'}. The address of this page keeps your choice, so you can
        bookmark it.
      </p>
      <DataProblems planId={planId} asOfDate={today} problems={problemsOf(plan.data, actions.data)} />
      <LeadPicker
        leads={leads}
        selected={selected}
        onChange={(next) => setSearch({ lead: next })}
      />

      {groups === null ? (
        <LeadSummaryTable planId={planId} leads={leads} items={actions.data.items} today={today ?? ''} aliases={aliases} />
      ) : (
        <section aria-labelledby={headingId}>
          <h2 id={headingId} className="app-heading-l">
            {total} {total === 1 ? 'action' : 'actions'} for {names.join(' and ')}
          </h2>
          <p className="app-hint">{CHECK_IN_RULE}</p>
          <ul className="app-check-in-jump">
            {CHECK_IN_GROUPS.map((group) => (
              <li key={group}>
                <a href={`#${group}`}>
                  {CHECK_IN_GROUP_LABELS[group]} ({groups[group].length})
                </a>
              </li>
            ))}
          </ul>
          {CHECK_IN_GROUPS.map((group) => (
            <CheckInGroupList
              key={group}
              id={group}
              title={CHECK_IN_GROUP_LABELS[group]}
              items={groups[group]}
              today={today ?? ''}
              areaNumbers={areaNumbers}
              planId={planId}
            />
          ))}
        </section>
      )}
    </>
  );
}

interface LeadSummaryTableProps {
  planId: string;
  leads: readonly LeadGroup[];
  items: readonly CheckInAction[];
  today: string;
  aliases: readonly LeadAlias[];
}

/** With no lead chosen: every lead with what they owe, one click from their own page. */
function LeadSummaryTable({ planId, leads, items, today, aliases }: LeadSummaryTableProps) {
  const counts = useMemo(() => checkInCountsByLead(items, today, aliases), [items, today, aliases]);
  if (leads.length === 0) return <p>This plan has no actions yet.</p>;
  return (
    <>
      <p className="app-hint">{CHECK_IN_RULE}</p>
      <table className="app-table app-table--stack">
        <caption className="app-table__caption">Leads and what they owe</caption>
        <thead>
          <tr>
            <th scope="col">Lead</th>
            {CHECK_IN_GROUPS.map((group) => (
              <th key={group} scope="col" className="app-table__numeric">
                {CHECK_IN_COLUMN_LABELS[group]}
              </th>
            ))}
            <th scope="col" className="app-table__numeric">
              All actions
            </th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => {
            const c = counts.get(lead.key);
            return (
              <tr key={lead.key}>
                <th scope="row" className="app-table__row-title">
                  <Link href={withSearch(paths.checkIn(planId), { lead: [lead.key] })}>{lead.displayName}</Link>
                </th>
                {CHECK_IN_GROUPS.map((group) => (
                  <td key={group} className="app-table__numeric" data-label={CHECK_IN_COLUMN_LABELS[group]}>
                    {c?.[group] ?? 0}
                  </td>
                ))}
                <td className="app-table__numeric" data-label="All actions">
                  {c?.total ?? 0}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
