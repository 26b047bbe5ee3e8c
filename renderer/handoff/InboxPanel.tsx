import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Received } from '../../shared/handoff';
import { client } from '../api/client';
import { refresh, useCall } from '../api/queries';
import { receivedMessage } from './received-message';

/** The publisher's inbox: what arrived, what was refused and why, and conflicts to decide. */
export function InboxPanel({ onChanged, onFailure }: { onChanged: () => void; onFailure: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [scanned, setScanned] = useState<Received[]>();
  const { value: status } = useCall('handoff.status', {});
  const after = (work: () => Promise<unknown>) => () =>
    work().then(() => {
      void refresh('handoff.status');
      onChanged();
    }, onFailure);

  return (
    <section className="inbox" aria-label={t('handoff.inbox')}>
      <button onClick={after(async () => setScanned(await client['handoff.scan']({})))}>{t('handoff.scan')}</button>
      {scanned && !scanned.length && <span> {t('handoff.none')}</span>}
      <ul className="plain-list">
        {(status?.recent ?? []).slice(0, 5).map((r, i) => (
          <li key={i} className={r.outcome === 'refused' ? 'failure' : ''}>
            {receivedMessage(t, r)}
          </li>
        ))}
      </ul>
      {status?.conflicts.map((c) => (
        <div key={c.articleId} className="conflict" role="group" aria-label={t('handoff.conflicts')}>
          <div>
            <h3>{t('handoff.mine')}</h3>
            <p className="row-title">{c.mine.title}</p>
            <p>{plain(c.mine.bodyHtml)}</p>
            <button onClick={after(() => client['handoff.resolve']({ id: c.articleId, keep: 'mine' }))}>{t('handoff.keepMine')}</button>
          </div>
          <div>
            <h3>{t('handoff.theirs', { sender: c.sender })}</h3>
            <p className="row-title">{c.theirs.title}</p>
            <p>{plain(c.theirs.bodyHtml)}</p>
            <button className="primary" onClick={after(() => client['handoff.resolve']({ id: c.articleId, keep: 'theirs' }))}>
              {t('handoff.takeTheirs')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}

/** A body as text for comparing two versions side by side; React escapes it. */
function plain(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.slice(0, 600) ?? '';
}
