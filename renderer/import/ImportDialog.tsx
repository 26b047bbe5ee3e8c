import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/errors';
import { draftState, missingNeeded, type ImportDraft } from '../../shared/import/draft';
import { formatDayTime } from '../../shared/dates';
import { articleProblems } from '../../shared/problems';
import type { SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { bridge } from '../api/transport';
import { MetadataForm } from '../article/MetadataForm';
import { Dialog } from '../common/Dialog';
import { describeError, describeErrorData } from '../i18n';
import { articleFieldsOf, type ImportRow } from './ImportRow';
import { importable, readAsBase64 } from '../common/read-file';
import { ListPicker, type PageList } from './ListPicker';

interface Props {
  site: SiteProfile;
  onClose: (changed: boolean) => void;
  onOpen: (id: string) => void;
}

/**
 * Import: files, a folder or a paste of a whole page become drafts; the editor sees what was
 * found in each, field by field, corrects it, and only then saves. A page's address (采集) is
 * fetched and read the same way; a column's list page offers its article links to tick first.
 */
export function ImportDialog({ site, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [open, setOpen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<string>();
  const [error, setError] = useState<string>();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const pasted = useRef({ text: '', html: '' });
  const [address, setAddress] = useState('');
  const [list, setList] = useState<PageList>();
  const firstColumn = site.columns[0]!.slug;

  const set = (key: string, patch: Partial<ImportRow>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  /** Reads the sources one by one, so the table and the progress bar fill as it goes. */
  const analyze = async (sources: { name: string; read: () => Promise<ImportDraft> }[]) => {
    setSummary(undefined);
    const added = sources.map((s, i) => ({ key: `${Date.now()}-${i}`, name: s.name }));
    setRows((all) => [...all, ...added]);
    setBusy(true);
    for (const [i, source] of sources.entries()) {
      try {
        const draft = await source.read();
        set(added[i]!.key, { draft, fields: draft.error ? undefined : articleFieldsOf(draft, firstColumn) });
      } catch (e) {
        // The row says why (a page that could not be fetched, say) instead of waiting forever.
        const data = e instanceof ApiError ? e.toData() : { code: 'internal' as const, key: 'error.internal', params: { detail: String(e) }, message: String(e) };
        set(added[i]!.key, { draft: { name: source.name, fields: { title: '', publishedAt: '', source: '', author: '', originalUrl: '', column: '', bodyHtml: '' }, columnName: '', body: [], missing: [], duplicateOf: null, error: data } });
      }
    }
    setBusy(false);
    if (sources.length === 1) setOpen(added[0]!.key);
  };
  const fromAddress = (url: string, asArticle = false) => ({
    name: url,
    read: async () => {
      const found = await client['import.url']({ url, asArticle });
      if (found.kind === 'article') return found.draft;
      throw new ApiError('invalid-input', 'error.import.noArticle', `No article was found in ${url}.`);
    },
  });
  /** 采集: one address; a list page opens the list to tick, an article becomes a row to review. */
  const fetchAddress = async () => {
    const url = address.trim();
    if (!url) return;
    setError(undefined);
    setBusy(true);
    try {
      const found = await client['import.url']({ url });
      setBusy(false);
      if (found.kind === 'list') setList({ ...found, ticked: new Set(found.links.filter((l) => !l.inLibrary).map((l) => l.url)) });
      else await analyze([{ name: url, read: async () => found.draft }]);
    } catch (e) {
      setBusy(false);
      setError(describeError(e));
    }
  };
  const importTicked = async () => {
    if (!list) return;
    const urls = list.links.filter((l) => list.ticked.has(l.url)).map((l) => l.url);
    setList(undefined);
    await analyze(urls.map((url) => fromAddress(url, true)));
  };
  const fromBrowser = (list: FileList | null) =>
    analyze([...(list ?? [])].filter((f) => importable(f.name)).map((f) => ({ name: f.webkitRelativePath || f.name, read: async () => client['import.file']({ name: f.name, data: await readAsBase64(f) }) })));
  const fromPaths = (paths: string[]) => analyze(paths.map((p) => ({ name: p, read: () => client['import.path']({ path: p }) })));

  const pickFiles = async () => {
    if (!bridge) return files.current?.click();
    const { paths } = await client['dialog.pickFiles']({});
    if (paths) await fromPaths(paths);
  };
  const pickFolder = async () => {
    if (!bridge) return folder.current?.click();
    const { path } = await client['dialog.pickFolder']({});
    if (path) await fromPaths((await client['import.expand']({ paths: [path] })).files);
  };

  const save = async () => {
    setBusy(true);
    let saved = 0;
    for (const row of rows) {
      if (!row.fields || row.saved || (row.draft?.duplicateOf && !row.importAnyway)) continue;
      try {
        const article = await client['articles.create']({ fields: row.fields });
        set(row.key, { saved: article.id });
        saved++;
      } catch (e) {
        setError(describeError(e));
      }
    }
    setBusy(false);
    const failed = rows.filter((r) => r.draft?.error).length;
    const review = rows.filter((r) => r.draft?.duplicateOf && !r.importAnyway).length;
    setSummary(t('import.summary', { saved, review, failed }));
  };

  const done = rows.filter((r) => r.draft).length;
  const current = rows.find((r) => r.key === open);
  return (
    <Dialog title={t('import.title')} className="import-dialog" busy={busy} onClose={() => onClose(rows.some((r) => r.saved))}>
        <div className="filters-row">
          <button onClick={pickFiles} disabled={busy}>{t('import.files')}</button>
          <button onClick={pickFolder} disabled={busy}>{t('import.folder')}</button>
          <input ref={files} type="file" multiple accept=".html,.htm,.txt,.docx" hidden onChange={(e) => void fromBrowser(e.target.files)} data-testid="import-files" />
          <input ref={folder} type="file" hidden {...{ webkitdirectory: '' }} onChange={(e) => void fromBrowser(e.target.files)} />
        </div>
        <div className="filters-row">
          <textarea
            className="paste-box"
            // Opened to paste into (Ctrl+V at once), and Esc reaches the dialog.
            autoFocus
            aria-label={t('import.pasteBox')}
            placeholder={t('import.pasteHint')}
            onPaste={(e) => {
              pasted.current = { text: e.clipboardData.getData('text/plain'), html: e.clipboardData.getData('text/html') };
            }}
            onChange={(e) => {
              if (!pasted.current.html) pasted.current = { text: e.target.value, html: '' };
            }}
          />
          <button
            disabled={busy}
            onClick={() => {
              const { text, html } = pasted.current;
              pasted.current = { text: '', html: '' };
              if (text.trim() || html.trim()) void analyze([{ name: t('import.clipboard'), read: () => client['import.paste']({ text, html }) }]);
            }}
          >
            {t('import.readPaste')}
          </button>
        </div>
        <div className="filters-row">
          <input
            type="url"
            className="import-url"
            aria-label={t('import.urlBox')}
            placeholder={t('import.urlHint')}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !busy) void fetchAddress();
            }}
          />
          <button disabled={busy || !address.trim()} onClick={() => void fetchAddress()}>
            {t('import.fetch')}
          </button>
        </div>
        {list && <ListPicker list={list} onChange={setList} onImport={() => void importTicked()} onCancel={() => setList(undefined)} busy={busy} />}
        {rows.length > 0 && <progress max={rows.length} value={done} aria-label={t('import.progress', { done, total: rows.length })} />}
        {rows.length > 0 && (
          <table className="import-table" aria-label={t('import.table')}>
            <thead>
              <tr>
                <th>{t('import.file')}</th>
                <th>{t('article.title')}</th>
                <th>{t('article.publishedAt')}</th>
                <th>{t('article.source')}</th>
                <th>{t('import.state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.key === open ? 'selected' : ''} onClick={() => setOpen(row.key)}>
                  <td>
                    <button type="button" className="link-button" aria-pressed={row.key === open} onClick={() => setOpen(row.key)}>
                      {row.name}
                    </button>
                  </td>
                  <td>{row.fields?.title}</td>
                  <td>{row.fields && formatDayTime(row.fields.publishedAt, site.timezone)}</td>
                  <td>{row.fields?.source}</td>
                  <td>
                    <RowState row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {current?.draft && current.fields && (
          <section className="import-detail" aria-label={t('import.detail')}>
            {current.draft.duplicateOf && (
              <p className="review-note">
                {t(current.draft.duplicateOf.similar ? 'import.similar' : 'import.duplicate', { title: current.draft.duplicateOf.title })}{' '}
                <button onClick={() => onOpen(current.draft!.duplicateOf!.id)}>{t('import.openExisting')}</button>{' '}
                <label>
                  <input type="checkbox" checked={!!current.importAnyway} onChange={(e) => set(current.key, { importAnyway: e.target.checked })} /> {t('import.importAnyway')}
                </label>
              </p>
            )}
            {current.draft.columnName && !current.draft.fields.column && <p className="problem">{t('import.unknownColumn', { name: current.draft.columnName })}</p>}
            <MetadataForm withTitle site={site} fields={current.fields} problems={articleProblems(current.fields, site.columns.map((c) => c.slug))} onChange={(patch) => set(current.key, { fields: { ...current.fields!, ...patch } })} />
            <div className="import-body" aria-label={t('article.body')}>
              {current.draft.body.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </section>
        )}
        {current?.draft?.error && <p className="failure" role="alert">{describeErrorData(current.draft.error)}</p>}
        {summary && <p role="status">{summary}</p>}
        {error && <p className="failure" role="alert">{error}</p>}
        <div className="filters-row">
          <button className="primary" onClick={save} disabled={busy || !rows.some((r) => r.fields && !r.saved)}>
            {t('import.save')}
          </button>
          <button onClick={() => onClose(rows.some((r) => r.saved))} disabled={busy}>
            {t('export.close')}
          </button>
        </div>
    </Dialog>
  );
}

function RowState({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  if (!row.draft) return <span>{t('import.reading')}</span>;
  if (row.saved) return <span className="ok">{t('import.saved')}</span>;
  const state = draftState(row.draft);
  if (state === 'failed') return <span className="failure">{t('import.failed')}</span>;
  if (row.draft.duplicateOf) return <span className="problem">{t(row.draft.duplicateOf.similar ? 'import.existsSimilar' : 'import.exists')}</span>;
  if (state === 'review') return <span className="problem">{t('import.check', { fields: missingNeeded(row.draft).map((f) => t(`import.field.${f}`)).join('、') })}</span>;
  return <span className="ok">{t('import.ready')}</span>;
}
