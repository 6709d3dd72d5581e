import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../api/errors';
import { usePlanQueries } from '../api/provider';
import { formatAsOf } from '../domain/as-of';
import { RefreshNotice } from '../components/refresh-notice';
import { SuccessBanner } from '../components/success-banner';
import { AppLayout } from './layout';
import { NavLink } from './nav-link';
import { PlanNotFoundPage } from './not-found-page';
import { paths } from '../state/paths';

export interface PlanLayoutProps {
  planId: string;
  children: ReactNode;
}

/** The frame of every view of one plan: council and plan in the header, "data as at" beneath. */
export function PlanLayout({ planId, children }: PlanLayoutProps) {
  const queries = usePlanQueries();
  const plan = useQuery(queries.detail(planId));
  const detail = plan.data?.plan;

  // A plan the server does not have: its own page, without the plan's navigation
  // (every link there would lead to the same "not found").
  if (isApiError(plan.error) && plan.error.kind === 'not-found') {
    return (
      <AppLayout>
        <PlanNotFoundPage planId={planId} />
      </AppLayout>
    );
  }

  const context = detail ? (
    <p className="app-header__title">
      <span className="app-header__organisation">{detail.organisation}</span>
      <Link href={paths.overview(planId)} className="app-header__plan">
        {detail.title}
      </Link>
    </p>
  ) : undefined;

  const nav = (
    <nav aria-label="Plan views" className="app-nav">
      <ul className="app-nav__list">
        <li>
          <NavLink href={paths.overview(planId)}>Overview</NavLink>
        </li>
        <li>
          <NavLink href={paths.actions(planId)}>Actions</NavLink>
        </li>
        <li>
          <NavLink href={paths.measures(planId)} prefix>
            Measures
          </NavLink>
        </li>
        <li>
          <NavLink href={paths.changes(planId)}>Since last review</NavLink>
        </li>
        <li>
          <NavLink href={paths.checkIn(planId)}>Check-in</NavLink>
        </li>
        <li>
          <NavLink href={paths.briefing(planId)}>Scrutiny briefing</NavLink>
        </li>
        <li>
          <NavLink href={paths.boardPack(planId)}>Board pack</NavLink>
        </li>
        <li>
          <NavLink href={paths.plans()}>All plans</NavLink>
        </li>
      </ul>
    </nav>
  );

  const meta = detail ? (
    <p className="app-as-of">
      <strong>Data as at {formatAsOf(detail.asOf)}</strong>
      {detail.version ? ` · version ${detail.version}` : ''}
      {` · ${detail.status === 'active' ? 'Active plan' : detail.status === 'draft' ? 'Draft plan' : 'Closed plan'}`}
    </p>
  ) : undefined;

  return (
    <AppLayout
      planId={planId}
      context={context}
      nav={nav}
      meta={
        <>
          {meta}
          <RefreshNotice scope={[...queries.all(), planId]} />
          <SuccessBanner />
        </>
      }
    >
      {children}
    </AppLayout>
  );
}
