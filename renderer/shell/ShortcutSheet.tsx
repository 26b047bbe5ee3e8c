import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcuts, type Shortcut } from '../common/commands';
import { Dialog } from '../common/Dialog';

/** The sheet's three parts, in the order an editor meets them. */
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
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('keys.keys')}</th>
            <th scope="col">{t('keys.does')}</th>
          </tr>
        </thead>
        {parts.map(({ heading, holds }) => (
          <tbody key={heading}>
            <tr>
              <th scope="colgroup" colSpan={2} className="shortcuts-part">
                {t(heading)}
              </th>
            </tr>
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
        ))}
      </table>
    </Dialog>
  );
}
