import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  problem?: string;
  /** A new article: the keyboard starts here. */
  autoFocus: boolean;
  onChange: (title: string) => void;
}

/** The article's title, above the body on the canvas, as large as the page will show it. */
export const TitleField = memo(function TitleField({ value, problem, autoFocus, onChange }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  return (
    <div className={`title-field${problem ? ' invalid' : ''}`}>
      <label htmlFor="field-title" className="visually-hidden">
        {t('article.title')}
      </label>
      <input
        ref={input}
        id="field-title"
        value={value}
        placeholder={t('article.title')}
        aria-invalid={!!problem}
        aria-describedby={problem ? 'problem-title' : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the title goes on to the body, as in every word processor's title line.
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            (document.querySelector('[data-region="body"] .ProseMirror') as HTMLElement | null)?.focus();
          }
        }}
      />
      {problem && (
        <span className="problem" role="alert" id="problem-title">
          {t(problem)}
        </span>
      )}
    </div>
  );
});
