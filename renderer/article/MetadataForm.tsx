import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses, type ArticleFields, type ArticleStatus } from '../../shared/article';
import { fromLocalInput, toLocalInput } from '../../shared/dates';
import type { ArticleProblems } from '../../shared/problems';
import type { SiteProfile } from '../../shared/site';
import { CoverField } from './CoverField';

interface Props {
  site: SiteProfile;
  fields: ArticleFields;
  problems: ArticleProblems;
  onChange: (patch: Partial<ArticleFields>) => void;
}

/** Every metadata field of an article, each with its problem shown beside it. Memoized: a save's state change does not redraw it. */
export const MetadataForm = memo(function MetadataForm({ site, fields, problems, onChange }: Props) {
  const { t } = useTranslation();
  const [keywords, setKeywords] = useState(fields.keywords.join('，'));
  const field = (name: keyof ArticleFields, label: string, control: ReactNode, wide = false) => (
    <div className={`field field-${name}${wide ? ' wide' : ''}${problems[name] ? ' invalid' : ''}`}>
      <label htmlFor={`field-${name}`}>{label}</label>
      {control}
      {problems[name] && (
        <span className="problem" role="alert" id={`problem-${name}`}>
          {t(problems[name])}
        </span>
      )}
    </div>
  );
  const text = (name: 'title' | 'source' | 'author' | 'originalUrl', type = 'text') => (
    <input
      id={`field-${name}`}
      type={type}
      value={fields[name]}
      aria-invalid={!!problems[name]}
      aria-describedby={problems[name] ? `problem-${name}` : undefined}
      onChange={(e) => onChange({ [name]: e.target.value })}
    />
  );
  return (
    <form className="metadata" onSubmit={(e) => e.preventDefault()}>
      {field('title', t('article.title'), text('title'), true)}
      {field(
        'column',
        t('article.column'),
        <select id="field-column" value={fields.column} onChange={(e) => onChange({ column: e.target.value })}>
          {site.columns.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'publishedAt',
        t('article.publishedAt'),
        <input
          id="field-publishedAt"
          type="datetime-local"
          title={t('article.timezone', { zone: site.timezone })}
          value={toLocalInput(fields.publishedAt, site.timezone)}
          onChange={(e) => onChange({ publishedAt: fromLocalInput(e.target.value, site.timezone) })}
        />,
      )}
      {field('source', t('article.source'), text('source'))}
      {field('author', t('article.author'), text('author'))}
      {field('originalUrl', t('article.originalUrl'), text('originalUrl', 'url'), true)}
      {field(
        'summary',
        t('article.summary'),
        <textarea id="field-summary" rows={2} value={fields.summary} onChange={(e) => onChange({ summary: e.target.value })} />,
        true,
      )}
      {field(
        'keywords',
        t('article.keywords'),
        <input
          id="field-keywords"
          placeholder={t('article.keywordsHint')}
          value={keywords}
          onChange={(e) => {
            setKeywords(e.target.value);
            onChange({ keywords: e.target.value.split(/[,，、;；\s]+/u).map((k) => k.trim()).filter(Boolean) });
          }}
        />,
      )}
      {field('cover', t('image.cover'), <CoverField cover={fields.cover} onChange={(cover) => onChange({ cover })} />)}
      {field(
        'status',
        t('article.status'),
        <select id="field-status" value={fields.status} onChange={(e) => onChange({ status: e.target.value as ArticleStatus })}>
          {articleStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>,
      )}
    </form>
  );
});
