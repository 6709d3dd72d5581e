import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

export interface NavLinkProps {
  href: string;
  children: ReactNode;
  /** Also current on pages below this one (a measure under "Measures"). */
  prefix?: boolean;
}

/** A navigation link that tells assistive technology which view is current. */
export function NavLink({ href, children, prefix = false }: NavLinkProps) {
  const [location] = useLocation();
  const current = location === href || (prefix && location.startsWith(`${href}/`));
  return (
    <Link href={href} className="app-nav__link" {...(current && { 'aria-current': 'page' as const })}>
      {children}
    </Link>
  );
}
