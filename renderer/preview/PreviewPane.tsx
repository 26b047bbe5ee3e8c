import debounce from 'lodash-es/debounce';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../shared/article';
import { client } from '../api/client';
import { describeError } from '../i18n';

type Kind = 'article' | 'list' | 'home';
const kinds: Kind[] = ['article', 'list', 'home'];
const delay = 250;
/**
 * Typing that never pauses still shows in the preview this often. Not every half second: on a
 * long article each refresh is a burst of work (the body's HTML, the page, the frame laying it
 * out), and every 0.4 s it made the slowest keystrokes half as slow again (bench:editor, 30,000
 * characters, two cores).
 */
const longestWait = 2000;

interface Props {
  id: string;
  /** The article as it is in the editor right now. */
  current: () => ArticleFields | undefined;
  /** Fires on every edit; the preview follows without rerendering the editor. */
  changes: EventTarget;
}

/**
 * The page as the site will serve it, rendered by main with the same theme and code as the
 * export, in a frame with an empty sandbox: no script from the article can run there.
 */
export const PreviewPane = memo(function PreviewPane({ id, current, changes }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('article');
  const [phone, setPhone] = useState(false);
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string>();
  const currentRef = useRef(current);
  currentRef.current = current;

  useEffect(() => {
    let latest = 0;
    const render = async () => {
      const fields = currentRef.current();
      if (!fields) return;
      const ticket = ++latest;
      try {
        const page = await client['preview.render']({ kind, id, fields });
        if (ticket === latest) {
          setHtml(page.html);
          setError(undefined);
        }
      } catch (e) {
        if (ticket === latest) setError(describeError(e));
      }
    };
    // One timer for a run of edits, not a new one per keystroke.
    const schedule = debounce(() => void render(), delay, { maxWait: longestWait });
    void render();
    changes.addEventListener('change', schedule);
    return () => {
      schedule.cancel();
      changes.removeEventListener('change', schedule);
    };
  }, [changes, id, kind]);

  return (
    <section className="preview" aria-label={t('preview.title')}>
      <div className="preview-bar">
        {kinds.map((k) => (
          <button key={k} className={k === kind ? 'active' : ''} aria-pressed={k === kind} onClick={() => setKind(k)}>
            {t(`preview.${k}`)}
          </button>
        ))}
        <label>
          <input type="checkbox" checked={phone} onChange={(e) => setPhone(e.target.checked)} /> {t('preview.phone')}
        </label>
      </div>
      {error && <p className="failure" role="alert">{error}</p>}
      <iframe title={t('preview.title')} sandbox="" srcDoc={html} className={phone ? 'phone' : ''} />
    </section>
  );
});
