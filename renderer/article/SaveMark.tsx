import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { soon } from '../idle';
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

/** How long the word may lag its state, waiting to be drawn with other idle-time work (renderer/idle.ts). */
export const wordLag = 400;

/**
 * An article's save state in a word (未保存, 已保存). It turns to 未保存 on the first keystroke
 * after each save, so the span is written directly instead of through a React render, and the
 * word is drawn with the window's next idle-time work (the preview's patch, the counts), a
 * moment after the keystroke: drawn with it, it cost that keystroke a second layout, and drawn
 * alone, a frame of its own. A save done within that moment shows 已保存 without 正在保存… before
 * it. `data-state` tells the state at once (tests wait on it); no style reads it, so setting it
 * costs no style or layout work.
 */
export function SaveMark({ id, className, idle, reason = false, testId }: Props) {
  const { t } = useTranslation();
  const span = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = span.current!;
    let shown: SaveState | undefined | null = null;
    let cancel: (() => void) | undefined;
    const wordOf = (state: SaveState) => {
      if (state.kind !== 'failed') return t(`save.${state.kind}`);
      return reason ? t('save.failed', { message: state.message }) : t('save.failedShort');
    };
    const draw = () => {
      cancel = undefined;
      element.hidden = !shown;
      if (!shown) return;
      const text = wordOf(shown);
      const kind = `${className} save-${shown.kind}`;
      if (element.textContent !== text) element.textContent = text;
      if (element.className !== kind) element.className = kind;
    };
    /** `now`: the mark's first word, which no keystroke waits for. */
    const show = (now = false) => {
      const state = saveStateOf(id) ?? idle;
      // Every mark hears every article's change: most find theirs as it was and touch nothing
      // (even an unchanged `hidden` costs a style recalculation, one per row of the list).
      if (state === shown) return;
      shown = state;
      element.dataset.state = state?.kind ?? '';
      if (now) draw();
      else cancel ??= soon(draw, wordLag);
    };
    show(true);
    const stop = watchSaveStatus(() => show());
    return () => {
      stop();
      cancel?.();
    };
  }, [id, className, idle, reason, t]);
  return <span ref={span} data-testid={testId} />;
}
