import { useState } from 'react';

interface Props {
  id: string;
  /** The stored value ('' for none). */
  value: string;
  /** The value as the field writes it, the same in every locale: 2023-10-26 (10:00). */
  write: (value: string) => string;
  /** What the editor typed as a stored value, or '' when it is not a real date. */
  read: (text: string) => string;
  /** The form, as an example: the placeholder. */
  example: string;
  /** The tooltip: the form, and the time zone if it matters. */
  hint: string;
  /** Said under the field while what is typed is not yet a real date. */
  problem: string;
  label?: string;
  invalid?: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
}

/**
 * A date (and time) typed in the form the interface writes it, 2023-10-26, whatever the
 * system's locale: the browser's date fields follow the system (12/06/2026, AM/PM). A value that
 * is not yet a real date stays in the field, marked, until it is one; cleared, the value is ''.
 */
export function WrittenDateField({ id, value, write, read, example, hint, problem, label, invalid, describedBy, onChange }: Props) {
  const stored = write(value);
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // The value changed under the field (a restore, another import row, filters cleared): show it.
  if (stored !== seen) {
    setSeen(stored);
    setText(stored);
  }
  const wrong = text.trim() !== '' && read(text) === '';
  return (
    <>
      <input
        id={id}
        className="date-time"
        inputMode="numeric"
        value={text}
        placeholder={example}
        title={hint}
        aria-label={label}
        aria-invalid={invalid || wrong}
        aria-describedby={wrong ? `${id}-format` : describedBy}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.trim() ? read(e.target.value) : '';
          if (next || !e.target.value.trim()) {
            setSeen(write(next));
            onChange(next);
          }
        }}
      />
      {wrong && (
        <span className="problem" id={`${id}-format`} role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
