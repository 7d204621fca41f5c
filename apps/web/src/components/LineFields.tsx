import { en } from '../text/en';
import { Field } from './Field';

export interface LineDraft {
  serial: string;
  model: string;
  macId: string;
  category: string;
}
export const EMPTY_LINE: LineDraft = { serial: '', model: '', macId: '', category: '' };

/** One unit of a new claim; errors come by pointer (`/lines/0/serial`). */
export function LineFields({ index, line, errors, onChange, onRemove }: { index: number; line: LineDraft; errors: Record<string, string>; onChange(line: LineDraft): void; onRemove?: () => void }) {
  const field = (name: keyof LineDraft, required = false) => (
    <Field
      id={`line-${index}-${name}`}
      label={en.fields[`lines.${name}`] ?? name}
      required={required}
      value={line[name]}
      onChange={(value) => onChange({ ...line, [name]: value })}
      error={errors[`/lines/${index}/${name}`]}
    />
  );
  return (
    <fieldset className="line">
      <legend>{en.newClaim.unit(index + 1)}</legend>
      {field('serial', true)}
      {field('model', true)}
      {field('macId')}
      {field('category')}
      {onRemove ? (
        <button type="button" onClick={onRemove}>
          {en.newClaim.removeUnit(index + 1)}
        </button>
      ) : null}
    </fieldset>
  );
}
