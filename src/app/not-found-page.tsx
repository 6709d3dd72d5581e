import { Link } from 'wouter';
import { PageTitle } from '../components/page-title';

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
