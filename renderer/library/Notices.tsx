import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../shared/api';

/** Things the user must know: damaged files moved aside, a call that failed. */
export function Notices({ notices, failure, onDismiss }: { notices: LibraryInfo['notices']; failure?: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!notices.length && !failure) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((notice, i) => (
        <p key={i}>{t(notice.key, notice.params)}</p>
      ))}
      {failure && (
        <p className="failure">
          {failure} <button onClick={onDismiss}>×</button>
        </p>
      )}
    </div>
  );
}
