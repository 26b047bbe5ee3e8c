import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../api/client';
import { describeError } from '../i18n';
import { readAsBase64 } from '../common/read-file';

/** The article's cover: one of its images (chosen in the body) or a file; shown in lists by themes that want it. */
export function CoverField({ cover, onChange }: { cover: string; onChange: (cover: string) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  return (
    <div className="cover-field">
      {cover ? <img src={cover} alt={t('image.cover')} /> : <span className="placeholder">{t('image.noCover')}</span>}
      <input
        ref={input}
        id="field-cover"
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        // Hidden: the browser's own control speaks the browser's language, not the interface's.
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          try {
            setError(undefined);
            onChange((await client['assets.add']({ name: file.name, data: await readAsBase64(file) })).src);
          } catch (error) {
            setError(describeError(error));
          }
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        {t('image.chooseCover')}
      </button>
      {cover && (
        <button type="button" onClick={() => onChange('')}>
          {t('image.removeCover')}
        </button>
      )}
      {error && <span className="problem" role="alert">{error}</span>}
    </div>
  );
}
