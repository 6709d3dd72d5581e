import { useEffect } from 'react';

export interface PageTitleProps {
  title: string;
}

const PRODUCT = 'Improvement plan dashboard';

/** Sets the document title, so each view is named in browser history and screen readers (WCAG 2.4.2). */
export function PageTitle({ title }: PageTitleProps) {
  useEffect(() => {
    document.title = `${title} – ${PRODUCT}`;
  }, [title]);
  return null;
}
