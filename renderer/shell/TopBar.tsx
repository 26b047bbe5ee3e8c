import * as Popover from '@radix-ui/react-popover';
import { FileDown, FileInput, Keyboard, Newspaper, Palette, Rocket, Settings2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { themes, type Settings } from '../../shared/settings';
import { IconButton } from '../common/IconButton';
import { LanguageSwitch } from '../settings/LanguageSwitch';

export type View = 'articles' | 'publish' | 'site';

const views: { view: View; icon: typeof Newspaper; label: string }[] = [
  { view: 'articles', icon: Newspaper, label: 'ui.articles' },
  { view: 'publish', icon: Rocket, label: 'publish.open' },
  { view: 'site', icon: Settings2, label: 'site.open' },
];

interface Props {
  siteName: string;
  view: View;
  settings: Settings;
  onView: (view: View) => void;
  onImport: () => void;
  onExport: () => void;
  onShortcuts: () => void;
  onSettings: (settings: Settings) => void;
}

/** The window's top line: the app, its views, and what works on the whole library. */
export function TopBar({ siteName, view, settings, onView, onImport, onExport, onShortcuts, onSettings }: Props) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <h1 className="brand">
        {t('app.name')} <span className="site-name">{siteName}</span>
      </h1>
      <nav className="views" aria-label={t('ui.views')}>
        {views.map(({ view: v, icon: Icon, label }) => (
          <button key={v} type="button" className="labelled" aria-current={view === v ? 'page' : undefined} onClick={() => onView(v)}>
            <Icon size={16} aria-hidden />
            <span>{t(label)}</span>
          </button>
        ))}
      </nav>
      <span className="spacer" />
      <IconButton icon={FileInput} label={t('import.open')} showLabel onClick={onImport} />
      <IconButton icon={FileDown} label={t('export.open')} showLabel onClick={onExport} />
      <IconButton icon={Keyboard} label={t('ui.shortcuts')} onClick={onShortcuts} />
      <Popover.Root>
        <Popover.Trigger asChild>
          <button type="button" className="icon-button" aria-label={t('ui.settings')}>
            <Palette size={16} aria-hidden />
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="popover" align="end" sideOffset={6} aria-label={t('ui.settings')}>
            <fieldset className="theme-choice">
              <legend>{t('ui.theme')}</legend>
              {themes.map((theme) => (
                <label key={theme}>
                  <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => onSettings({ ...settings, theme })} />{' '}
                  {t(`ui.theme${theme[0]!.toUpperCase()}${theme.slice(1)}`)}
                </label>
              ))}
            </fieldset>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <LanguageSwitch settings={settings} onChange={onSettings} />
    </header>
  );
}
