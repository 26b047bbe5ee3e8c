import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindQuery } from '../../../shared/find';
import { findKey } from './find-plugin';

interface Props {
  editor: Editor;
  /** Also replaces in the title when asked (the title is not part of the body editor). */
  onReplaceInTitle?: (query: FindQuery, replacement: string) => number;
  onClose: () => void;
}

/** Find and replace in the body: matches counted and marked, next and previous, one or all replaced. */
export function FindBar({ editor, onReplaceInTitle, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<FindQuery>({ text: '', matchCase: false, wholeWord: false });
  const [replacement, setReplacement] = useState('');
  const [inTitle, setInTitle] = useState(false);
  const [state, setState] = useState(() => findKey.getState(editor.state));

  useEffect(() => {
    editor.view.dispatch(editor.state.tr.setMeta(findKey, { query, current: 0 }));
    setState(findKey.getState(editor.state));
  }, [editor, query]);
  useEffect(() => {
    const follow = () => setState(findKey.getState(editor.state));
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
      editor.view.dispatch(editor.state.tr.setMeta(findKey, { query: { ...query, text: '' } }));
    };
    // On close the marks go: only the editor matters here, not the query of the moment.
  }, [editor]);

  const count = state?.matches.length ?? 0;
  const go = (step: number) => {
    if (!state || !count) return;
    const current = (state.current + step + count) % count;
    const match = state.matches[current]!;
    editor.chain().setMeta(findKey, { current }).setTextSelection(match).scrollIntoView().run();
  };
  const replaceOne = () => {
    const match = state?.matches[state.current];
    if (match) editor.chain().insertContentAt(match, replacement).run();
  };
  const replaceAll = () => {
    const matches = [...(state?.matches ?? [])].reverse();
    let chain = editor.chain();
    for (const m of matches) chain = chain.insertContentAt(m, replacement);
    chain.run();
    if (inTitle) onReplaceInTitle?.(query, replacement);
  };
  return (
    <div className="find-bar" role="search" aria-label={t('find.title')}>
      <input
        autoFocus
        aria-label={t('find.find')}
        placeholder={t('find.find')}
        value={query.text}
        onChange={(e) => setQuery({ ...query, text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.text ? t('find.count', { count, current: count ? state!.current + 1 : 0 }) : ''}
      </span>
      <button onClick={() => go(-1)} disabled={!count} aria-label={t('find.previous')}>↑</button>
      <button onClick={() => go(1)} disabled={!count} aria-label={t('find.next')}>↓</button>
      <label>
        <input type="checkbox" checked={query.matchCase} onChange={(e) => setQuery({ ...query, matchCase: e.target.checked })} /> {t('find.matchCase')}
      </label>
      <label>
        <input type="checkbox" checked={query.wholeWord} onChange={(e) => setQuery({ ...query, wholeWord: e.target.checked })} /> {t('find.wholeWord')}
      </label>
      <input aria-label={t('find.replaceWith')} placeholder={t('find.replaceWith')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      <button onClick={replaceOne} disabled={!count}>{t('find.replace')}</button>
      <button onClick={replaceAll} disabled={!count && !inTitle}>{t('find.replaceAll')}</button>
      {onReplaceInTitle && (
        <label>
          <input type="checkbox" checked={inTitle} onChange={(e) => setInTitle(e.target.checked)} /> {t('find.inTitle')}
        </label>
      )}
      <button onClick={onClose} aria-label={t('find.close')}>×</button>
    </div>
  );
}
