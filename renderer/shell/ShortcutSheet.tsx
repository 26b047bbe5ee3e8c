import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcuts, type Shortcut } from '../common/commands';
import { Dialog } from '../common/Dialog';

/** The sheet's three parts, in the order an editor meets them: the first beside the other two, so the sheet fits a 768 px screen. */
const parts: { heading: string; holds: (s: Shortcut) => boolean }[] = [
  { heading: 'keys.inWindow', holds: (s) => !!s.command },
  { heading: 'keys.inBody', holds: (s) => !!s.editor },
  { heading: 'keys.inPlace', holds: (s) => !s.command && !s.editor },
];

/** Ctrl+/: every shortcut of the app (the table the keys are handled from), in the interface language. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('keys.title')} onClose={onClose} className="shortcut-sheet">
      <div className="shortcut-parts">
        {parts.map(({ heading, holds }) => (
          <table key={heading} className="shortcuts">
            <caption>{t(heading)}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('keys.keys')}</th>
                <th scope="col">{t('keys.does')}</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.filter(holds).map(({ keys, does }) => (
                <tr key={does} data-does={does}>
                  <td>
                    {keys.map((k, i) => (
                      <Fragment key={k}>
                        {i > 0 && ' '}
                        <kbd>{k}</kbd>
                      </Fragment>
                    ))}
                  </td>
                  <td>{t(does)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
