import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, toLocalInput } from '../../shared/dates';

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

/**
 * The publication date and time as the interface writes it (2023-10-26 10:00), whatever the
 * system's locale: the browser's datetime-local field follows the system (12/06/2026, AM/PM).
 * A value that is not yet a real date stays in the field, marked, until it is one.
 */
export function DateTimeField({ id, value, zone, invalid, describedBy, onChange }: Props) {
  const { t } = useTranslation();
  const stored = writtenOf(toLocalInput(value, zone));
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // The article changed under the field (a restore, another import row): show the new value.
  if (stored !== seen) {
    setSeen(stored);
    setText(stored);
  }
  const wrong = text.trim() !== '' && fromLocalInput(localOf(text), zone) === '';
  return (
    <>
      <input
        id={id}
        className="date-time"
        inputMode="numeric"
        value={text}
        placeholder="2023-10-26 10:00"
        title={`${t('ui.dateHint')} · ${t('article.timezone', { zone })}`}
        aria-invalid={invalid || wrong}
        aria-describedby={wrong ? `${id}-format` : describedBy}
        onChange={(e) => {
          setText(e.target.value);
          const iso = e.target.value.trim() ? fromLocalInput(localOf(e.target.value), zone) : '';
          if (iso || !e.target.value.trim()) {
            setSeen(writtenOf(toLocalInput(iso, zone)));
            onChange(iso);
          }
        }}
      />
      {wrong && (
        <span className="problem" id={`${id}-format`} role="alert">
          {t('ui.dateFormat')}
        </span>
      )}
    </>
  );
}
