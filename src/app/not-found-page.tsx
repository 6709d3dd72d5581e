import { Link } from 'wouter';
import { PageTitle } from '../components/page-title';

/** An address under /plans/ whose plan the server does not have (or no longer has). */
export function PlanNotFoundPage({ planId }: { planId: string }) {
  return (
    <>
      <PageTitle title="Plan not found" />
      <h1 className="app-heading-xl">Plan not found</h1>
      <p>There is no plan called “{planId}” that you can see. It may have been closed or removed, or the link may be wrong.</p>
      <p>
        <Link href="/" className="app-link">
          Go to your plans
        </Link>
      </p>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="Page not found" />
      <h1 className="app-heading-xl">Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the view may have moved.</p>
      <p>
        <Link href="/" className="app-link">
          Go to your plans
        </Link>
      </p>
    </>
  );
}
