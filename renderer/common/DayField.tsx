import { useTranslation } from 'react-i18next';
import { fromLocalInput } from '../../shared/dates';
import { WrittenDateField } from './WrittenDateField';

/** "2023-10-26" when it is a real day (2023-02-30 is not), else ''. */
const dayOf = (text: string) => (fromLocalInput(`${text.trim()}T00:00`) ? text.trim() : '');

/** A day, written 2023-10-26 in every language and locale; '' for none. */
export function DayField({ id, value, label, onChange }: { id: string; value: string; label: string; onChange: (day: string) => void }) {
  const { t } = useTranslation();
  return (
    <WrittenDateField
      id={id}
      value={value}
      write={(day) => day}
      read={dayOf}
      example="2023-10-26"
      hint={t('ui.dayHint')}
      problem={t('ui.dayFormat')}
      label={label}
      onChange={onChange}
    />
  );
}
