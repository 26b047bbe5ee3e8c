import debounce from 'lodash-es/debounce';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../shared/article';
import { previewKinds, type PreviewKind } from '../../shared/preview';
import { client } from '../api/client';
import { describeError } from '../i18n';
import { whenIdle } from '../idle';
import { showPage } from './show-page';

const delay = 250;
/** Typing that never pauses still shows this often, so the preview is never half a second behind. */
const longestWait = 350;

interface Props {
  id: string;
  /** The article as it is in the editor right now. */
  current: () => ArticleFields | undefined;
  /** Fires on every edit; the preview follows without rerendering the editor. */
  changes: EventTarget;
}

/**
 * The page as the site will serve it, rendered by main with the same theme and code as the
 * export, in a sandboxed frame that runs no script (show-page.ts patches it from here).
 */
export const PreviewPane = memo(function PreviewPane({ id, current, changes }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PreviewKind>('article');
  const [phone, setPhone] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const [error, setError] = useState<string>();
  const currentRef = useRef(current);
  currentRef.current = current;

  useEffect(() => {
    let live = true;
    let busy = false;
    let again = false;
    // One page asked for at a time: edits made meanwhile are shown by the next one.
    const render = async () => {
      const fields = currentRef.current();
      if (!fields) return;
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const page = await client['preview.render']({ kind, id, fields });
        // Patched when the browser is next idle, just after a frame: parsing the page and
        // comparing it with the frame's takes a few milliseconds on a long article, which a
        // keystroke arriving meanwhile would wait for in front of its own frame.
        await new Promise<void>((resolve) => whenIdle(resolve, 200));
        if (live && frame.current) {
          showPage(frame.current, page.html);
          setError(undefined);
        }
      } catch (e) {
        if (live) setError(describeError(e));
      } finally {
        busy = false;
        if (again && live) {
          again = false;
          void render();
        }
      }
    };
    // One timer for a run of edits, not a new one per keystroke.
    const schedule = debounce(() => void render(), delay, { maxWait: longestWait });
    void render();
    changes.addEventListener('change', schedule);
    return () => {
      live = false;
      schedule.cancel();
      changes.removeEventListener('change', schedule);
    };
  }, [changes, id, kind]);

  return (
    <section className="preview" aria-label={t('preview.title')} data-region="preview">
      <div className="preview-bar" role="group" aria-label={t('preview.title')}>
        {previewKinds.map((k) => (
          <button key={k} className={k === kind ? 'active' : ''} aria-pressed={k === kind} onClick={() => setKind(k)}>
            {t(`preview.${k}`)}
          </button>
        ))}
        <label>
          <input type="checkbox" checked={phone} onChange={(e) => setPhone(e.target.checked)} /> {t('preview.phone')}
        </label>
      </div>
      {error && <p className="failure" role="alert">{error}</p>}
      <iframe ref={frame} title={t('preview.title')} sandbox="allow-same-origin" className={phone ? 'phone' : ''} />
    </section>
  );
});
