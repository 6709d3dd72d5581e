import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { PageTitle } from '../components/page-title';

/** A "not found" page: its own title and heading, what may have happened, the way home. */
function NotFound({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <PageTitle title={title} />
      <h1 className="app-heading-xl">{title}</h1>
      <p>{children}</p>
      <p>
        <Link href="/" className="app-link">
          Go to your plans
        </Link>
      </p>
    </>
  );
}

/** An address under /plans/ whose plan the server does not have (or no longer has). */
export function PlanNotFoundPage({ planId }: { planId: string }) {
  return (
    <NotFound title="Plan not found">
      There is no plan called “{planId}” that you can see. It may have been closed or removed, or the link may be wrong.
    </NotFound>
  );
}

export function NotFoundPage() {
  return <NotFound title="Page not found">If you typed the web address, check it is correct. If you followed a link, the view may have moved.</NotFound>;
}
