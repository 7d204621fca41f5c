import { en } from '../text/en';
import { Field } from './Field';

/** A list a new claim holds several of (units, attachments): where its errors point, its inputs and its words. */
export interface RowKind<Name extends string> {
  /** The body's member, so a row's errors come at `/<list>/<index>/<name>` (`/lines/0/serial`). */
  list: string;
  idPrefix: string;
  fields: readonly { name: Name; required?: boolean; type?: string }[];
  legend(n: number): string;
  remove(n: number): string;
}

export type Row<Name extends string> = Record<Name, string>;

export type LineDraft = Row<'serial' | 'model' | 'macId' | 'category'>;
export const EMPTY_LINE: LineDraft = { serial: '', model: '', macId: '', category: '' };
export const LINE: RowKind<keyof LineDraft> = {
  list: 'lines',
  idPrefix: 'line',
  fields: [{ name: 'serial', required: true }, { name: 'model', required: true }, { name: 'macId' }, { name: 'category' }],
  legend: en.newClaim.unit,
  remove: en.newClaim.removeUnit,
};

export type AttachmentDraft = Row<'url' | 'name'>;
export const EMPTY_ATTACHMENT: AttachmentDraft = { url: '', name: '' };
export const ATTACHMENT: RowKind<keyof AttachmentDraft> = {
  list: 'attachments',
  idPrefix: 'attachment',
  fields: [{ name: 'url', required: true, type: 'url' }, { name: 'name' }],
  legend: en.newClaim.attachment,
  remove: en.newClaim.removeAttachment,
};

/** One row: its inputs with their errors, and its remove button when the list may lose it. */
function RowFields<Name extends string>({ kind, index, row, errors, onChange, onRemove }: { kind: RowKind<Name>; index: number; row: Row<Name>; errors: Record<string, string>; onChange(row: Row<Name>): void; onRemove?: (() => void) | undefined }) {
  return (
    <fieldset className="line">
      <legend>{kind.legend(index + 1)}</legend>
      {kind.fields.map(({ name, required = false, type = 'text' }) => (
        <Field
          key={name}
          id={`${kind.idPrefix}-${index}-${name}`}
          label={en.fields[`${kind.list}.${name}`] ?? name}
          type={type}
          required={required}
          value={row[name]}
          onChange={(value) => onChange({ ...row, [name]: value })}
          error={errors[`/${kind.list}/${index}/${name}`]}
        />
      ))}
      {onRemove ? (
        <button type="button" onClick={onRemove}>
          {kind.remove(index + 1)}
        </button>
      ) : null}
    </fieldset>
  );
}

/** The rows of one list, each removable while more than `minRows` are left, and a button adding an empty one; an error on the list itself (too many) shows under its legend. */
export function RowList<Name extends string>({
  kind,
  legend,
  intro,
  addLabel,
  rows,
  empty,
  minRows,
  errors,
  onChange,
}: {
  kind: RowKind<Name>;
  legend: string;
  intro?: string;
  addLabel: string;
  rows: Row<Name>[];
  empty: Row<Name>;
  minRows: number;
  errors: Record<string, string>;
  onChange(rows: Row<Name>[]): void;
}) {
  const listError = errors[`/${kind.list}`];
  return (
    <fieldset data-testid={`${kind.list}-fields`}>
      <legend>{legend}</legend>
      {intro ? <p>{intro}</p> : null}
      {listError ? (
        <p className="field-error" data-testid={`error-${kind.list}`}>
          {listError}
        </p>
      ) : null}
      {rows.map((row, index) => (
        <RowFields
          key={index}
          kind={kind}
          index={index}
          row={row}
          errors={errors}
          onChange={(changed) => onChange(rows.map((other, at) => (at === index ? changed : other)))}
          onRemove={rows.length > minRows ? () => onChange(rows.filter((_, at) => at !== index)) : undefined}
        />
      ))}
      <button type="button" onClick={() => onChange([...rows, empty])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
