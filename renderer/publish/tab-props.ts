import type { SiteProfile } from '../../shared/site';

/** What each tab of the publisher's desk is given: the site, and where failures go. */
export interface TabProps {
  site: SiteProfile;
  onFailure: (error: unknown) => void;
}

/** A tab whose actions (approve, withdraw…) report what they did. */
export interface ActingTabProps extends TabProps {
  onDone: (message: string) => void;
}
