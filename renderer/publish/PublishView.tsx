import * as Tabs from '@radix-ui/react-tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/settings';
import type { SiteProfile } from '../../shared/site';
import { refresh } from '../api/queries';
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
  const [message, setMessage] = useState<string>();
  const done = (text: string) => {
    setMessage(text);
    void refresh('articles.list', 'queue.view', 'queue.publications', 'publog.list', 'handoff.status');
  };
  return (
    <div className="publish-view">
      <Tabs.Root value={tab} onValueChange={(value) => setTab(value as Tab)} className="publish-tabs">
        <div className="tabs-row">
          <Tabs.List className="tabs" aria-label={t('publish.open')}>
            {tabs.map((name) => (
              <Tabs.Trigger key={name} value={name} className="tab">
                {t(`publish.${name}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {message && (
            <span className="ok" role="status">
              {message}
            </span>
          )}
        </div>
        <Tabs.Content value="review" className="tab-panel">
          <ReviewList site={site} onDone={done} onFailure={onFailure} />
        </Tabs.Content>
        <Tabs.Content value="queue" className="tab-panel">
          <QueuePanel site={site} onFailure={onFailure} />
        </Tabs.Content>
        <Tabs.Content value="published" className="tab-panel">
          <PublishedList site={site} onDone={done} onFailure={onFailure} />
        </Tabs.Content>
        <Tabs.Content value="log" className="tab-panel">
          <PublicationLogPanel site={site} onFailure={onFailure} />
        </Tabs.Content>
        <Tabs.Content value="targets" className="tab-panel">
          <TargetsPanel settings={settings} onSettings={onSettings} onFailure={onFailure} />
        </Tabs.Content>
      </Tabs.Root>
    </div>
  );
}
