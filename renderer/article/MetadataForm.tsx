import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields, ArticleStatus } from '../../shared/article';
import type { ArticleProblems } from '../../shared/problems';
import type { SiteProfile } from '../../shared/site';
import { CoverField } from './CoverField';
import { DateTimeField } from './DateTimeField';

interface Props {
  site: SiteProfile;
  fields: ArticleFields;
  problems: ArticleProblems;
  onChange: (patch: Partial<ArticleFields>) => void;
  /** The title among the fields (the import dialog); the editor has it above the body instead. */
  withTitle?: boolean;
}

/** What an editor may set: 已通过 is the publisher's decision (待审稿件), never the editor's. */
export const editorStatuses: ArticleStatus[] = ['draft', 'review'];

const splitKeywords = (text: string) => text.split(/[,，、;；\s]+/u).map((k) => k.trim()).filter(Boolean);
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** Every metadata field of an article, each with its problem shown beside it. Memoized: a save's state change does not redraw it. */
export const MetadataForm = memo(function MetadataForm({ site, fields, problems, onChange, withTitle = false }: Props) {
  const { t } = useTranslation();
  // The keywords as typed (separators and all), as long as they say the article's keywords; when
  // the article's keywords change otherwise (a restore, another import row), the field follows.
  const [keywords, setKeywords] = useState(fields.keywords.join('，'));
  if (!sameList(splitKeywords(keywords), fields.keywords)) setKeywords(fields.keywords.join('，'));
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
  const statuses = fields.status === 'approved' ? [...editorStatuses, 'approved' as const] : editorStatuses;
  return (
    <form className="metadata" onSubmit={(e) => e.preventDefault()}>
      {withTitle && field('title', t('article.title'), text('title'), true)}
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
        'status',
        t('article.status'),
        <select id="field-status" value={fields.status} title={t('ui.approvedByPublisher')} onChange={(e) => onChange({ status: e.target.value as ArticleStatus })}>
          {statuses.map((s) => (
            <option key={s} value={s} disabled={s === 'approved'}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'publishedAt',
        t('article.publishedAt'),
        <DateTimeField
          id="field-publishedAt"
          value={fields.publishedAt}
          zone={site.timezone}
          invalid={!!problems.publishedAt}
          describedBy={problems.publishedAt ? 'problem-publishedAt' : undefined}
          onChange={(publishedAt) => onChange({ publishedAt })}
        />,
        true,
      )}
      {field('source', t('article.source'), text('source'))}
      {field('author', t('article.author'), text('author'))}
      {field('originalUrl', t('article.originalUrl'), text('originalUrl', 'url'), true)}
      {field(
        'summary',
        t('article.summary'),
        <textarea id="field-summary" rows={3} value={fields.summary} onChange={(e) => onChange({ summary: e.target.value })} />,
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
            onChange({ keywords: splitKeywords(e.target.value) });
          }}
        />,
        true,
      )}
      {field('cover', t('image.cover'), <CoverField cover={fields.cover} onChange={(cover) => onChange({ cover })} />, true)}
    </form>
  );
});
