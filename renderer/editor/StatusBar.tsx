import type { Editor } from '@tiptap/react';
import debounce from 'lodash-es/debounce';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { countText } from '../../shared/counts';
import { soon } from '../idle';

/** Counted a moment after typing stops, so a long article types as fast as a short one. */
const settle = 200;
/** And drawn with the window's other idle-time work (renderer/idle.ts): the preview's patch, the save word. */
const lag = 400;

function paragraphsOf(editor: Editor): string[] {
  const texts: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.isTextblock) {
      texts.push(node.textContent);
      return false;
    }
    return true;
  });
  return texts;
}

/** Characters, paragraphs and reading time of the body, under the editor. */
export function StatusBar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState(() => countText(paragraphsOf(editor)));
  useEffect(() => {
    let cancel: (() => void) | undefined;
    // Drawn in the same task as the rest of the batch, not in a React render of its own after it.
    const count = () => {
      cancel = undefined;
      flushSync(() => setCounts(countText(paragraphsOf(editor))));
    };
    // One timer for a run of keystrokes, not a new one per key.
    const update = debounce(() => (cancel ??= soon(count, lag)), settle);
    editor.on('update', update);
    return () => {
      update.cancel();
      cancel?.();
      editor.off('update', update);
    };
  }, [editor]);
  return (
    <div className="status-bar" role="status" aria-label={t('counts.label')}>
      {t('counts.text', counts)}
    </div>
  );
}
