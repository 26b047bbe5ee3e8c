import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/settings';
import type { SiteProfile } from '../../shared/site';
import { PublicationLogPanel } from './PublicationLogPanel';
import { PublishedList } from './PublishedList';
import { QueuePanel } from './QueuePanel';
import { ReviewList } from './ReviewList';
import { TargetsPanel } from './TargetsPanel';

const tabs = ['review', 'queue', 'published', 'log', 'targets'] as const;
type Tab = (typeof tabs)[number];

interface Props {
  site: SiteProfile;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onFailure: (error: unknown) => void;
}

/** The publisher's desk: review, queue, what is live, the log, and where the site goes. */
export function PublishView({ site, settings, onSettings, onFailure }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('review');
  const [stamp, setStamp] = useState(0);
  const [message, setMessage] = useState<string>();
  const done = (text: string) => {
    setMessage(text);
    setStamp((n) => n + 1);
  };
  return (
    <div className="publish-view">
      <nav className="site-page-tabs" role="tablist">
        {tabs.map((name) => (
          <button key={name} role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)}>
            {t(`publish.${name}`)}
          </button>
        ))}
        {message && (
          <span className="ok" role="status">
            {message}
          </span>
        )}
      </nav>
      {tab === 'review' && <ReviewList site={site} stamp={stamp} onDone={done} onFailure={onFailure} />}
      {tab === 'queue' && <QueuePanel site={site} stamp={stamp} onFailure={onFailure} />}
      {tab === 'published' && <PublishedList site={site} stamp={stamp} onDone={done} onFailure={onFailure} />}
      {tab === 'log' && <PublicationLogPanel site={site} stamp={stamp} onFailure={onFailure} />}
      {tab === 'targets' && <TargetsPanel settings={settings} onSettings={onSettings} onFailure={onFailure} />}
    </div>
  );
}
