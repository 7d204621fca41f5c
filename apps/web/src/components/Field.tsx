import type { InputHTMLAttributes, ReactNode } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** The API's reason for refusing this field, shown beside it. */
  error?: string | undefined;
  hint?: ReactNode;
}

/** One labelled text input with its error beside it, tied by aria-describedby so screen readers read both. */
export function Field({ id, label, value, onChange, error, hint, ...input }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...input} />
      {hint ? <span className="hint">{hint}</span> : null}
      {error ? (
        <span id={errorId} className="field-error" data-testid={`error-${id}`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  error?: string | undefined;
}

/** One labelled select with its error beside it. */
export function SelectField({ id, label, value, options, onChange, error }: SelectProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={errorId} className="field-error" data-testid={`error-${id}`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
}

/** One labelled multi-line text with its error beside it. */
export function TextAreaField({ id, label, value, onChange, error, required }: TextAreaProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={4} required={required} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} />
      {error ? (
        <span id={errorId} className="field-error" data-testid={`error-${id}`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
