import { useTranslation } from 'react-i18next';
import { SaveMark } from './SaveMark';
import { useSavedRevision, type SaveState } from './save-state';

const unchanged: SaveState = { kind: 'saved' };

/** The save state and revision above the editor: a save redraws this label, not the pane. */
export function SaveStatusLabel({ id }: { id: string }) {
  const { t } = useTranslation();
  const revision = useSavedRevision(id);
  return (
    <>
      <SaveMark id={id} className="save-state" idle={unchanged} reason testId="save-state" />
      <span className="revision">{t('article.revision', { revision })}</span>
    </>
  );
}
