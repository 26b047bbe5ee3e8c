import { useTranslation } from 'react-i18next';
import { languages, type Settings } from '../../shared/settings';
import { client } from '../api/client';
import i18n from '../i18n';

const names: Record<(typeof languages)[number], string> = { 'zh-CN': '中文', en: 'English' };

export function LanguageSwitch({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const { t } = useTranslation();
  return (
    <label className="language">
      {t('settings.language')}{' '}
      <select
        value={settings.language}
        onChange={async (event) => {
          const next = { ...settings, language: event.target.value as Settings['language'] };
          await i18n.changeLanguage(next.language);
          onChange(await client['settings.save'](next));
        }}
      >
        {languages.map((lang) => (
          <option key={lang} value={lang}>
            {names[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
