import type { InputHTMLAttributes, ReactNode } from 'react';

interface FrameProps {
  id: string;
  label: string;
  /** The API's reason for refusing this field, shown beside it. */
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

/** The label, the control, a hint and the field's error: what every field of a form shares. */
function FieldFrame({ id, label, error, hint, children }: FrameProps) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <span className="hint">{hint}</span> : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" data-testid={`error-${id}`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** A control's ties to its error, so screen readers read both. */
const errorTies = (id: string, error: string | undefined) => ({ 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined });

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: ReactNode;
}

/** One labelled text input with its error beside it. */
export function Field({ id, label, value, onChange, error, hint, ...input }: FieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input id={id} value={value} onChange={(event) => onChange(event.target.value)} {...errorTies(id, error)} {...input} />
    </FieldFrame>
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
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...errorTies(id, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
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
  return (
    <FieldFrame id={id} label={label} error={error}>
      <textarea id={id} value={value} rows={4} required={required} onChange={(event) => onChange(event.target.value)} {...errorTies(id, error)} />
    </FieldFrame>
  );
}
