import type { Editor } from '@tiptap/react';
import debounce from 'lodash-es/debounce';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countText } from '../../shared/counts';

/** Counted a moment after typing stops, so a long article types as fast as a short one. */
const settle = 300;

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
    // One timer for a run of keystrokes, not a new one per key.
    const update = debounce(() => setCounts(countText(paragraphsOf(editor))), settle);
    editor.on('update', update);
    return () => {
      update.cancel();
      editor.off('update', update);
    };
  }, [editor]);
  return (
    <div className="status-bar" role="status" aria-label={t('counts.label')}>
      {t('counts.text', counts)}
    </div>
  );
}
