import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { saveStateOf, watchSaveStatus, type SaveState } from './save-state';

interface Props {
  id: string;
  className: string;
  /** Shown while the article has no save state (not edited since it was opened). */
  idle?: SaveState;
  /** Whether a failure names its reason (the editor's label) or only says it failed (a list row). */
  reason?: boolean;
  testId?: string;
}

/**
 * An article's save state in a word (未保存, 已保存). It turns to 未保存 on the first keystroke
 * after each save, so the span is written directly instead of through a React render: on a
 * long article, rendering the label and the list row made that keystroke's frame 1.5 ms late.
 */
export function SaveMark({ id, className, idle, reason = false, testId }: Props) {
  const { t } = useTranslation();
  const span = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    let shown: SaveState | undefined | null = null;
    const show = () => {
      const state = saveStateOf(id) ?? idle;
      // Every mark hears every article's change: most find theirs as it was and touch nothing
      // (even an unchanged `hidden` costs a style recalculation, one per row of the list).
      if (state === shown) return;
      shown = state;
      const element = span.current!;
      element.hidden = !state;
      if (!state) return;
      const text = state.kind === 'failed' ? t('save.failed', { message: reason ? state.message : '' }) : t(`save.${state.kind}`);
      const kind = `${className} save-${state.kind}`;
      if (element.textContent !== text) element.textContent = text;
      if (element.className !== kind) element.className = kind;
    };
    show();
    return watchSaveStatus(show);
  }, [id, className, idle, reason, t]);
  return <span ref={span} data-testid={testId} />;
}
