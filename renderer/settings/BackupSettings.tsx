import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsView } from '../../shared/backup';
import type { Settings } from '../../shared/settings';
import { client } from '../api/client';
import { bridge } from '../api/transport';
import { describeError, describeErrorData } from '../i18n';
import { formatBytes, when } from '../publish/format';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
  onFailure: (error: unknown) => void;
}

type Note = { ok: boolean; text: string };

/** 备份: where backups go (folder or zip), the daily schedule, 立即备份, and the backups there with 恢复到新文件夹…. */
export function BackupSettings({ settings, onSaved, onFailure }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<BackupsView>();
  const [mine, setMine] = useState({ backupFolder: settings.backupFolder, backupZip: settings.backupZip, backupDaily: settings.backupDaily });
  const [note, setNote] = useState<Note>();
  const [running, setRunning] = useState(false);
  const [restoring, setRestoring] = useState<{ name: string; to: string; busy: boolean; note?: Note }>();
  const load = useCallback(() => client['backups.view']({}).then(setView, onFailure), [onFailure]);
  useEffect(() => void load(), [load]);

  const save = async () => {
    try {
      onSaved(await client['settings.save']({ ...settings, ...mine }));
      await load();
    } catch (error) {
      onFailure(error);
    }
  };
  const backUpNow = async () => {
    setRunning(true);
    setNote(undefined);
    try {
      const made = await client['backups.run']({});
      setNote({ ok: true, text: t('backup.done', { name: made.name }) });
    } catch (error) {
      setNote({ ok: false, text: describeError(error) });
    } finally {
      setRunning(false);
      await load();
    }
  };
  const restore = async () => {
    if (!restoring) return;
    setRestoring({ ...restoring, busy: true, note: { ok: true, text: t('backup.restoring') } });
    try {
      const done = await client['backups.restore']({ name: restoring.name, to: restoring.to.trim() });
      setRestoring({ ...restoring, busy: false, note: { ok: true, text: t('backup.restored', done) } });
    } catch (error) {
      setRestoring({ ...restoring, busy: false, note: { ok: false, text: describeError(error) } });
    }
  };

  const zone = view?.timezone;
  return (
    <section aria-label={t('backup.title')}>
      <h2>{t('backup.title')}</h2>
      <form
        className="site-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          {t('backup.folder')}
          <input value={mine.backupFolder} placeholder={view && !settings.backupFolder ? t('backup.folderHint', { path: view.folder }) : ''} onChange={(e) => setMine({ ...mine, backupFolder: e.target.value })} />
        </label>
        {bridge && (
          <button type="button" onClick={async () => setMine({ ...mine, backupFolder: (await client['dialog.pickFolder']({})).path ?? mine.backupFolder })}>
            {t('export.browse')}
          </button>
        )}
        <label className="check">
          <input type="checkbox" checked={mine.backupZip} onChange={(e) => setMine({ ...mine, backupZip: e.target.checked })} />
          {t('backup.zip')}
        </label>
        <label className="check">
          <input type="checkbox" checked={mine.backupDaily} onChange={(e) => setMine({ ...mine, backupDaily: e.target.checked })} />
          {t('backup.daily')}
        </label>
        <div className="filters-row">
          <button type="submit">{t('backup.save')}</button>
          <button type="button" onClick={() => void backUpNow()} disabled={running || view?.running}>
            {running || view?.running ? t('backup.running') : t('backup.now')}
          </button>
        </div>
      </form>
      {note && (
        <p className={note.ok ? 'ok' : 'failure'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      )}
      {view && (
        <>
          <p className="placeholder">
            {view.nextAt ? t('backup.nextAt', { at: when(view.nextAt, view.timezone) }) : t('backup.off')}
            {view.lastError && ` · ${t('backup.lastFailed', { at: when(view.lastError.at, view.timezone), message: describeErrorData(view.lastError) })}`}
          </p>
          {view.backups.length === 0 ? (
            <p className="placeholder">{t('backup.none')}</p>
          ) : (
            <table className="backup-list" aria-label={t('backup.title')}>
              <thead>
                <tr>
                  <th>{t('backup.date')}</th>
                  <th>{t('backup.kind')}</th>
                  <th>{t('backup.size')}</th>
                  <th>{t('backup.name')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {view.backups.map((backup) => (
                  <tr key={backup.name}>
                    <td>{zone ? when(backup.createdAt, zone) : backup.createdAt}</td>
                    <td>{backup.zip ? t('backup.kindZip') : t('backup.kindFolder')}</td>
                    <td>{formatBytes(backup.bytes)}</td>
                    <td className="backup-name">{backup.name}</td>
                    <td>
                      <button type="button" onClick={() => setRestoring({ name: backup.name, to: '', busy: false })}>
                        {t('backup.restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {restoring && (
        <form
          className="site-grid"
          aria-label={t('backup.restore')}
          onSubmit={(e) => {
            e.preventDefault();
            void restore();
          }}
        >
          <label className="field">
            {t('backup.restoreTo')} ({restoring.name})
            <input autoFocus value={restoring.to} onChange={(e) => setRestoring({ ...restoring, to: e.target.value })} />
          </label>
          {bridge && (
            <button type="button" onClick={async () => setRestoring({ ...restoring, to: (await client['dialog.pickFolder']({})).path ?? restoring.to })}>
              {t('export.browse')}
            </button>
          )}
          <div className="filters-row">
            <button type="submit" disabled={restoring.busy || !restoring.to.trim()}>
              {t('backup.restoreGo')}
            </button>
            <button type="button" onClick={() => setRestoring(undefined)}>
              {t('backup.cancel')}
            </button>
          </div>
          {restoring.note && (
            <p className={restoring.note.ok ? 'ok' : 'failure'} role={restoring.note.ok ? 'status' : 'alert'}>
              {restoring.note.text}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
