import { useTranslation } from 'react-i18next';
import { client } from '../api/client';
import { useCall } from '../api/queries';
import { describeErrorData } from '../i18n';
import { formatBytes, when } from './format';
import type { TabProps } from './tab-props';

/** Every push: when, where, by whom, which articles and files, and why it failed. */
export function PublicationLogPanel({ site, onFailure }: TabProps) {
  const { t } = useTranslation();
  const { value, error } = useCall('publog.list', { limit: 200 });

  const download = async () => {
    try {
      const { csv } = await client['publog.csv']({});
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.download = `publication-log-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      onFailure(e);
    }
  };

  if (error) return <p className="failure" role="alert">{error}</p>;
  if (!value) return null;
  return (
    <div className="publog">
      <button onClick={download} disabled={!value.total}>
        {t('publish.exportCsv')}
      </button>
      {!value.total && <p className="placeholder">{t('publish.logEmpty')}</p>}
      <table aria-label={t('publish.log')}>
        <thead>
          <tr>
            <th>{t('publish.logTime')}</th>
            <th>{t('publish.logResult')}</th>
            <th>{t('publish.logTarget')}</th>
            <th>{t('publish.logUser')}</th>
            <th>{t('publish.logItems')}</th>
            <th>{t('publish.logFiles')}</th>
          </tr>
        </thead>
        <tbody>
          {value.records.map((r) => (
            <tr key={r.id} className={r.ok ? '' : 'failed'}>
              <td>{when(r.at, site.timezone)}</td>
              <td>{r.ok ? t('publish.ok') : `${t('publish.failed')}: ${r.error ? describeErrorData(r.error) : ''}`}</td>
              <td>{r.target}</td>
              <td>{r.user}</td>
              <td>{r.items.map((i) => `[${t(`publish.action.${i.action}`)}] ${i.title}`).join('；')}</td>
              <td title={[...r.uploaded, ...r.deleted.map((f) => `- ${f}`)].join('\n')}>
                {t('publish.files', { uploaded: r.uploaded.length, deleted: r.deleted.length, bytes: formatBytes(r.bytes), seconds: (r.ms / 1000).toFixed(1) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
