import * as Tabs from '@radix-ui/react-tabs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePage } from '../../shared/site-page';
import { siteProfileSchema, type SiteProfile } from '../../shared/site';
import { client } from '../api/client';
import { describeError } from '../i18n';
import { SitePageEditor } from './SitePageEditor';

type TextKey = 'name' | 'domain' | 'welcome' | 'sponsor' | 'copyright' | 'icp' | 'phones' | 'supervision' | 'address' | 'email' | 'qq' | 'footerNote';
const textKeys: TextKey[] = ['name', 'domain', 'welcome', 'sponsor', 'copyright', 'icp', 'phones', 'supervision', 'address', 'email', 'qq', 'footerNote'];

/** Every text of the site's chrome, and the site's own pages, edited here rather than in templates. */
export function SiteSettings({ site, onSaved }: { site: SiteProfile; onSaved: (site: SiteProfile) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(site);
  const [message, setMessage] = useState<string>();
  const [pages, setPages] = useState<SitePage[]>([]);
  const [open, setOpen] = useState<SitePage['slug']>('about');
  useEffect(() => void client['sitePages.list']({}).then(setPages, (e: unknown) => setMessage(describeError(e))), []);

  const save = async () => {
    const parsed = siteProfileSchema.safeParse(draft);
    if (!parsed.success) {
      setMessage(parsed.error.issues.map((i) => `${i.path.join('.')}: ${t(i.message, { defaultValue: i.message })}`).join('；'));
      return;
    }
    try {
      onSaved(await client['site.save'](parsed.data));
      setMessage(t('site.saved'));
    } catch (e) {
      setMessage(describeError(e));
    }
  };
  return (
    <div className="site-settings">
      <section aria-label={t('site.profile')}>
        <h2>{t('site.profile')}</h2>
        <div className="site-grid">
          {textKeys.map((key) => (
            <label className="field" key={key}>
              {t(`site.${key}`)}
              <input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
            </label>
          ))}
          <label className="field">
            {t('site.pageSize')}
            <input type="number" min={1} max={200} value={draft.pageSize} onChange={(e) => setDraft({ ...draft, pageSize: Number(e.target.value) })} />
          </label>
          <label className="field wide">
            {t('site.disclaimer')}
            <textarea rows={3} value={draft.disclaimer} onChange={(e) => setDraft({ ...draft, disclaimer: e.target.value })} />
          </label>
          <label className="field wide">
            {t('site.notices')}
            <textarea rows={3} value={draft.notices.join('\n')} onChange={(e) => setDraft({ ...draft, notices: e.target.value.split('\n') })} />
          </label>
        </div>
        <h2>{t('site.columns')}</h2>
        <div className="column-row column-head" aria-hidden>
          <span>{t('site.columnName')}</span>
          <span>{t('site.columnSlug')}</span>
        </div>
        {draft.columns.map((column, i) => (
          <div className="column-row" key={i}>
            <input aria-label={t('site.columnName')} value={column.name} onChange={(e) => setDraft({ ...draft, columns: draft.columns.with(i, { ...column, name: e.target.value }) })} />
            <input aria-label={t('site.columnSlug')} value={column.slug} onChange={(e) => setDraft({ ...draft, columns: draft.columns.with(i, { ...column, slug: e.target.value }) })} />
            <button onClick={() => setDraft({ ...draft, columns: draft.columns.filter((_, k) => k !== i) })}>{t('site.removeColumn')}</button>
          </div>
        ))}
        <div className="filters-row">
          <button onClick={() => setDraft({ ...draft, columns: [...draft.columns, { name: '', slug: '' }] })}>{t('site.addColumn')}</button>
          <button className="primary" onClick={save}>
            {t('site.save')}
          </button>
          {message && <span role="status">{message}</span>}
        </div>
      </section>
      <section aria-label={t('site.pages')}>
        <h2>{t('site.pages')}</h2>
        <Tabs.Root value={open} onValueChange={(slug) => setOpen(slug as SitePage['slug'])}>
          <Tabs.List className="tabs" aria-label={t('site.pages')}>
            {pages.map((p) => (
              <Tabs.Trigger key={p.slug} value={p.slug} className="tab">
                {p.title}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {/* Every page's editor stays open while another tab is shown: unsaved edits are kept. */}
          {pages.map((p) => (
            <Tabs.Content key={p.slug} value={p.slug} forceMount hidden={p.slug !== open}>
              <SitePageEditor page={p} onSaved={(saved) => setPages((all) => all.map((x) => (x.slug === saved.slug ? saved : x)))} />
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </section>
    </div>
  );
}
