import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../shared/dates';
import { WrittenDateField } from '../common/WrittenDateField';

/** "2023-10-26 10:00" <-> "2023-10-26T10:00": the written form is the same in every locale. */
export const writtenOf = (local: string) => local.replace('T', ' ');
export const localOf = (written: string) => written.trim().replace(/\s+/, 'T');

interface Props {
  id: string;
  value: string;
  zone: string;
  invalid?: boolean;
  describedBy?: string;
  onChange: (iso: string) => void;
}

/** The publication date and time as the interface writes it (2023-10-26 10:00), in the site's time zone. */
export function DateTimeField({ id, value, zone, invalid, describedBy, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <WrittenDateField
      id={id}
      value={value}
      write={(iso) => writtenOf(toLocalInput(iso, zone))}
      read={(text) => fromLocalInput(localOf(text), zone)}
      example="2023-10-26 10:00"
      hint={`${t('ui.dateHint')} · ${t('article.timezone', { zone })}`}
      problem={t('ui.dateFormat')}
      invalid={invalid}
      describedBy={describedBy}
      onChange={onChange}
    />
  );
}
