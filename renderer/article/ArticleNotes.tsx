import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../shared/article';
import { formatDayTime } from '../../shared/dates';
import type { UnsavedCopy } from './unsaved-copy';

interface Props {
  sent?: { ok: boolean; text: string };
  missingImages: string[];
  recovered?: UnsavedCopy;
  zone: string;
  fields: ArticleFields;
  onRestore: () => void;
  onDiscard: () => void;
}

/** What the editor should know before writing on: a send's result, missing images, text a crash kept, the publisher's note. */
export function ArticleNotes({ sent, missingImages, recovered, zone, fields, onRestore, onDiscard }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {sent && (
        <p className={`pane-message ${sent.ok ? 'ok' : 'failure'}`} role={sent.ok ? 'status' : 'alert'}>
          {sent.text}
        </p>
      )}
      {missingImages.length > 0 && (
        <p className="problem" role="alert">
          {t('image.missing', { count: missingImages.length, names: missingImages.join('、') })}
        </p>
      )}
      {recovered && (
        <div className="review-note recovered" role="alert">
          {t('recover.found', { time: formatDayTime(recovered.at.replace(/\.\d{3}Z$/, 'Z'), zone) })} <button onClick={onRestore}>{t('recover.restore')}</button>{' '}
          <button onClick={onDiscard}>{t('recover.discard')}</button>
        </div>
      )}
      {fields.reviewNote && fields.status === 'draft' && (
        <p className="review-note" role="note">
          {t('publish.reviewNote', { note: fields.reviewNote })}
        </p>
      )}
    </>
  );
}
