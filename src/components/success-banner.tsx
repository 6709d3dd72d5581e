import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useSuccessNotice } from '../state/success-notice';
import './success-banner.css';

/**
 * GOV.UK's success notification banner, on the page a form returned to: what was
 * recorded, announced as it appears. Gone once the user moves to another view.
 */
export function SuccessBanner() {
  const [path] = useLocation();
  const notice = useSuccessNotice((s) => s.notice);
  const dismissed = useSuccessNotice((s) => s.dismissed);
  const here = notice !== null && notice.path === path;
  useEffect(() => {
    if (notice !== null && notice.path !== path) dismissed();
  }, [notice, path, dismissed]);
  if (!here) return null;
  return (
    <div className="app-notification-banner app-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <h2 className="app-notification-banner__title" id="success-banner-title">
        Success
      </h2>
      <p className="app-notification-banner__heading">{notice.message}</p>
    </div>
  );
}
