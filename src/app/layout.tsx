import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Account } from './account';

export interface AppLayoutProps {
  /** Shown in the header beside the product name: the council and plan, when known. */
  context?: ReactNode;
  /** Navigation between the plan's views. */
  nav?: ReactNode;
  /** The "data as at" stamp and key, under the header. */
  meta?: ReactNode;
  /** The plan shown, so the header gives the user's role on it. */
  planId?: string | undefined;
  children: ReactNode;
}

/** The page frame: skip link, header, one main landmark. */
export function AppLayout({ context, nav, meta, planId, children }: AppLayoutProps) {
  return (
    <>
      <a href="#main-content" className="app-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-width-container">
          <Account planId={planId} />
        </div>
        <div className="app-width-container app-header__inner">
          <div className="app-header__context">
            {context ?? (
              <Link href="/" className="app-header__product">
                Improvement plan dashboard
              </Link>
            )}
          </div>
          {nav}
        </div>
      </header>
      <div className="app-width-container">
        <main id="main-content" className="app-main" tabIndex={-1}>
          {meta}
          {children}
        </main>
      </div>
      <footer className="app-footer">
        <div className="app-width-container">
          <ul className="app-footer__links">
            <li>
              <Link href="/accessibility">Accessibility statement</Link>
            </li>
          </ul>
          <p className="app-footer__meta">Improvement plan dashboard · open source</p>
        </div>
      </footer>
    </>
  );
}
