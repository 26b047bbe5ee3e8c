import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput } from '../../shared/dates';
import type { QueueItem, QueueView, SiteCheck } from '../../shared/queue';
import { client } from '../api/client';
import { refresh, useCall } from '../api/queries';
import { describeErrorData } from '../i18n';
import { formatBytes, when } from './format';
import type { TabProps } from './tab-props';

/** The queue: each item's state, the push in progress in files and bytes, and retry, postpone, cancel. */
export function QueuePanel({ site, onFailure }: TabProps) {
  const { t } = useTranslation();
  const { value: view, error } = useCall('queue.view', {});
  const act = (work: () => Promise<QueueView>) => () => work().then(() => refresh('queue.view'), onFailure);

  if (error) return <p className="failure" role="alert">{error}</p>;
  if (!view) return null;
  const running = view.running;
  return (
    <div className="queue">
      {running && (
        <div className="push-progress" role="status">
          <progress max={running.totalFiles || 1} value={running.files} aria-label={t('publish.phase.' + running.phase)} />
          <span>
            {t('publish.progress', {
              phase: t(`publish.phase.${running.phase}`),
              files: running.files,
              totalFiles: running.totalFiles,
              bytes: formatBytes(running.bytes),
              totalBytes: formatBytes(running.totalBytes),
            })}
          </span>
          {running.secondsLeft !== null && (
            <span className="push-pace">{t('publish.pace', { speed: formatBytes(running.bytesPerSecond), left: running.secondsLeft })}</span>
          )}
          <button type="button" onClick={act(() => client['queue.stopPush']({}))}>
            {t('publish.stopPush')}
          </button>
        </div>
      )}
      <div className="site-check">
        <button type="button" disabled={!!running} onClick={act(() => client['queue.checkSite']({}).then(() => client['queue.view']({})))}>
          {t('publish.checkSite')}
        </button>
        {view.lastCheck && <CheckResult check={view.lastCheck} zone={site.timezone} />}
      </div>
      {view.items.length === 0 && <p className="placeholder">{t('publish.emptyQueue')}</p>}
      <ul className="plain-list" aria-label={t('publish.queue')}>
        {view.items.map((item) => (
          <QueueRow key={item.id} item={item} zone={site.timezone} act={act} />
        ))}
      </ul>
    </div>
  );
}

/** The last 校验站点: what differed on the server, and whether it was put right. */
function CheckResult({ check, zone }: { check: SiteCheck; zone: string }) {
  const { t } = useTranslation();
  if (check.error) {
    return (
      <span className="failure" role="alert">
        {t('publish.checkFailed', { at: when(check.at, zone), reason: describeErrorData(check.error) })}
      </span>
    );
  }
  const found = check.missing.length + check.changed.length + check.extra.length;
  return (
    <span className="check-result" role="status">
      {t('publish.checkResult', { at: when(check.at, zone), files: check.files, missing: check.missing.length, changed: check.changed.length, extra: check.extra.length })}
      {found > 0 && check.repaired && t('publish.checkRepaired')}
    </span>
  );
}

function QueueRow({ item, zone, act }: { item: QueueItem; zone: string; act: (work: () => Promise<QueueView>) => () => void }) {
  const { t } = useTranslation();
  const [later, setLater] = useState('');
  const open = item.state === 'waiting' || item.state === 'scheduled' || item.state === 'failed';
  return (
    <li className={`queue-item state-${item.state}`} data-item-id={item.id}>
      <div className="row">
        <span className="row-title">
          [{t(`publish.action.${item.action}`)}] {item.title}
        </span>
        <span className="row-meta">
          <span className="queue-state">
            {t(`publish.state.${item.state}`, { at: when(item.state === 'published' ? item.doneAt : item.notBefore, zone) })}
          </span>
          {item.by && <span>{t('publish.by', { name: item.by })}</span>}
          {item.retryAt && item.state === 'failed' && <span>{t('publish.retryAt', { at: when(item.retryAt, zone) })}</span>}
        </span>
        {item.error && item.state === 'failed' && (
          <span className="failure" role="alert">
            {describeErrorData(item.error)}
          </span>
        )}
      </div>
      {open && (
        <div className="queue-actions">
          <button className="primary" onClick={act(() => client['queue.retry']({ id: item.id }))}>
            {t('publish.publishNow')}
          </button>
          <input type="datetime-local" aria-label={t('publish.postpone')} value={later} onChange={(e) => setLater(e.target.value)} />
          <button disabled={!fromLocalInput(later, zone)} onClick={act(() => client['queue.postpone']({ id: item.id, notBefore: fromLocalInput(later, zone) }))}>
            {t('publish.postpone')}
          </button>
          <button className="danger" onClick={act(() => client['queue.cancel']({ id: item.id }))}>
            {t('publish.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
