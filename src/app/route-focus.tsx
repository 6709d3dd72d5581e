import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * After moving to another view (the path, not its filters), start at the top and put
 * keyboard and screen-reader focus on the main content, as a page load would. A
 * change of filters alone keeps focus where the user is working.
 */
export function RouteFocus() {
  const [path] = useLocation();
  // The path last acted on: the first render (a page load) and effects run twice
  // for the same path (React's development checks) are not navigations.
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return undefined;
    previous.current = path;
    window.scrollTo(0, 0);
    // After the new view has rendered its main landmark.
    const frame = requestAnimationFrame(() => document.getElementById('main-content')?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [path]);
  return null;
}
