import { useTranslation } from 'react-i18next';
import { useSaveStatus } from './save-state';

/** The save state and revision above the editor: a save redraws this label, not the pane. */
export function SaveStatusLabel({ id }: { id: string }) {
  const { t } = useTranslation();
  const status = useSaveStatus(id);
  const state = status?.state ?? { kind: 'saved' };
  return (
    <>
      <span className={`save-state save-${state.kind}`} data-testid="save-state">
        {state.kind === 'failed' ? t('save.failed', { message: state.message }) : t(`save.${state.kind}`)}
      </span>
      <span className="revision">{t('article.revision', { revision: status?.revision ?? 0 })}</span>
    </>
  );
}
