import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { soon } from '../idle';
import { SaveMark, wordLag } from './SaveMark';
import { savedRevisionOf, watchSaveStatus, type SaveState } from './save-state';

const unchanged: SaveState = { kind: 'saved' };

/**
 * The save state and revision above the editor. A save writes the new revision straight into
 * its span, with the save word (SaveMark): a React render of the label came in a frame of its own.
 */
export function SaveStatusLabel({ id }: { id: string }) {
  const { t } = useTranslation();
  const span = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = span.current!;
    let shown = -1;
    let cancel: (() => void) | undefined;
    const draw = () => {
      cancel = undefined;
      shown = savedRevisionOf(id);
      element.textContent = t('article.revision', { revision: shown });
    };
    draw();
    const stop = watchSaveStatus(() => {
      if (savedRevisionOf(id) !== shown) cancel ??= soon(draw, wordLag);
    });
    return () => {
      stop();
      cancel?.();
    };
  }, [id, t]);
  return (
    <>
      <SaveMark id={id} className="save-state" idle={unchanged} reason testId="save-state" />
      <span className="revision" ref={span} />
    </>
  );
}
