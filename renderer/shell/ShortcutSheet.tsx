import { useTranslation } from 'react-i18next';
import { shortcutSheet } from '../common/commands';
import { Dialog } from '../common/Dialog';

/** Ctrl+/: every shortcut, in the interface language. */
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
        <tbody>
          {shortcutSheet.map(({ keys, does }) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
