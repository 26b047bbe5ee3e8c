import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../shared/api';
import { client } from '../api/client';
import { startedJob, useJob } from '../api/queries';
import { bridge } from '../api/transport';
import { Dialog } from '../common/Dialog';
import { describeError } from '../i18n';

const lastFolderKey = 'newsdesk.exportFolder';

/** "Export site": a folder, a progress bar, and a summary of what was written. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(() => localStorage.getItem(lastFolderKey) ?? '');
  const [started, setStarted] = useState<JobStatus>();
  const job = useJob(started);
  const [error, setError] = useState<string>();

  const start = async () => {
    setError(undefined);
    localStorage.setItem(lastFolderKey, folder);
    try {
      setStarted(startedJob(await client['site.export']({ out: folder })));
    } catch (e) {
      setError(describeError(e));
    }
  };
  const running = job?.state === 'running';
  return (
    <Dialog title={t('export.title')} onClose={onClose} busy={running}>
        <label className="field">
          {t('export.folder')}
          <input value={folder} placeholder={t('export.folderHint')} onChange={(e) => setFolder(e.target.value)} disabled={running} autoFocus />
        </label>
        {bridge && (
          <button disabled={running} onClick={async () => setFolder((await client['dialog.pickFolder']({})).path ?? folder)}>
            {t('export.browse')}
          </button>
        )}
        {job && (
          <>
            <progress max={job.total || 1} value={job.state === 'done' ? job.total || 1 : job.done} aria-label={t('export.title')} />
            {running && <p>{t('export.running', { done: job.done, total: job.total })}</p>}
          </>
        )}
        {job?.state === 'done' && job.result && (
          <p role="status">{t('export.summary', { ...job.result, seconds: (job.result.ms / 1000).toFixed(2) })}</p>
        )}
        {job?.state === 'cancelled' && <p role="status">{t('error.exportCancelled')}</p>}
        {job?.state === 'failed' && job.error && <p className="failure" role="alert">{t('export.failed', { message: t(job.error.key, { ...job.error.params, defaultValue: job.error.message }) })}</p>}
        {error && <p className="failure" role="alert">{error}</p>}
        <div className="button-row end">
          {running ? (
            <button onClick={() => client['jobs.cancel']({ id: job.id }).catch((e: unknown) => setError(describeError(e)))}>{t('export.cancel')}</button>
          ) : (
            <button onClick={onClose}>{t('export.close')}</button>
          )}
          <button className="primary" onClick={start} disabled={running || !folder.trim()}>
            {t('export.start')}
          </button>
        </div>
    </Dialog>
  );
}
