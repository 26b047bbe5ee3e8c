import { useTranslation } from 'react-i18next';
import type { UrlImport } from '../../shared/import/draft';

/** A column's list page as the dialog shows it: its article links, and the ones the editor ticked. */
export type PageList = Extract<UrlImport, { kind: 'list' }> & { ticked: Set<string> };

interface Props {
  list: PageList;
  busy: boolean;
  onChange: (list: PageList) => void;
  onImport: () => void;
  onCancel: () => void;
}

/**
 * The articles of a column's list page, to tick for import: those already in the library (same
 * original link) are marked and left unticked, the others ticked.
 */
export function ListPicker({ list, busy, onChange, onImport, onCancel }: Props) {
  const { t } = useTranslation();
  const known = list.links.filter((l) => l.inLibrary).length;
  const tick = (url: string, on: boolean) => {
    const ticked = new Set(list.ticked);
    if (on) ticked.add(url);
    else ticked.delete(url);
    onChange({ ...list, ticked });
  };
  return (
    <section className="import-list" aria-label={t('import.listTitle', { title: list.title })}>
      <h3>{t('import.listTitle', { title: list.title })}</h3>
      <p>{t('import.listCount', { count: list.links.length, known })}</p>
      <div className="import-list-links">
        <table className="import-table">
          <tbody>
            {list.links.map((link) => (
              <tr key={link.url}>
                <td>
                  <input type="checkbox" aria-label={link.title} checked={list.ticked.has(link.url)} onChange={(e) => tick(link.url, e.target.checked)} />
                </td>
                <td title={link.url}>{link.title}</td>
                <td>{link.publishedAt.slice(0, 10)}</td>
                <td>{link.inLibrary && <span className="problem">{t('import.inLibrary')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="filters-row">
        <button className="primary" disabled={busy || list.ticked.size === 0} onClick={onImport}>
          {t('import.importTicked', { count: list.ticked.size })}
        </button>
        <button onClick={onCancel} disabled={busy}>
          {t('import.cancelList')}
        </button>
      </div>
    </section>
  );
}
