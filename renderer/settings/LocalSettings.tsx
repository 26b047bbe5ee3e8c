import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/settings';
import { client } from '../api/client';

const fields = ['userName', 'secretsFile', 'outbox', 'inbox'] as const;
const hints: Partial<Record<(typeof fields)[number], string>> = { secretsFile: 'settings.secretsFileHint' };

/** This computer's settings: who is working (for the log), the key file, and the hand-off folders. */
export function LocalSettings({ settings, onSaved, onFailure }: { settings: Settings; onSaved: (s: Settings) => void; onFailure: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [mine, setMine] = useState(settings);
  return (
    <section aria-label={t('settings.local')}>
      <h2>{t('settings.local')}</h2>
      <form
        className="site-grid"
        onSubmit={(e) => {
          e.preventDefault();
          // Only this form's fields: the others (backups) may have been saved since it opened.
          client['settings.save']({ ...settings, ...Object.fromEntries(fields.map((name) => [name, mine[name]])) }).then(onSaved, onFailure);
        }}
      >
        {fields.map((name) => (
          <label className="field" key={name}>
            {t(`settings.${name}`)}
            <input value={mine[name]} placeholder={hints[name] && t(hints[name])} onChange={(e) => setMine({ ...mine, [name]: e.target.value })} />
          </label>
        ))}
        <div className="filters-row">
          <button type="submit">{t('site.save')}</button>
        </div>
      </form>
    </section>
  );
}
