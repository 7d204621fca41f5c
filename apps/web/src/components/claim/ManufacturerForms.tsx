import { useState, type FormEvent, type ReactNode } from 'react';
import type { AuthorizeActionBody, ClaimView, ReceiveActionBody, RequestInfoActionBody, ResolveActionBody } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { Field, SelectField, TextAreaField } from '../Field';

type Resolution = ResolveActionBody['resolution'];
type PolicyField = RequestInfoActionBody['missing'][number];

/** What every action form gets: the claim, the API's errors by JSON Pointer, and where to send the body. */
export interface ActionFormProps {
  claim: ClaimView;
  label: string;
  errors: Record<string, string>;
  onSubmit(body: object): void;
  onCancel(): void;
}

const t = en.chain.forms;
const RESOLUTION_OPTIONS = (Object.keys(en.chain.resolutions) as Resolution[]).map((value) => ({ value, label: en.chain.resolutions[value] }));
const REPLACED: readonly string[] = ['replaced', 'refurbished_replacement'];
/** The fields a manufacturer may ask for; the Record makes the compiler flag one the API adds. */
const POLICY_FIELDS: Record<PolicyField, true> = {
  dealer: true,
  'contact.phone': true,
  'contact.email': true,
  purchaseDate: true,
  proofOfPurchase: true,
  failureDescription: true,
  supportTicket: true,
  portalAccountId: true,
  shipTo: true,
  'lines.model': true,
  'lines.serial': true,
  'lines.macId': true,
};

/** The form around one action's inputs, with its send and back buttons. */
function ActionFormShell({ label, onSubmit, onCancel, children, testId }: { label: string; onSubmit(): void; onCancel(): void; children: ReactNode; testId: string }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="action-form" onSubmit={submit} aria-label={label} data-testid={testId}>
      {children}
      <button type="submit">{en.actionForm.submit}</button>
      <button type="button" onClick={onCancel}>
        {en.actionForm.cancel}
      </button>
    </form>
  );
}

/** A labelled checkbox. */
function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

type RmaMode = 'hub' | 'claim' | 'lines';

/** Authorize: the hub issues the RMA numbers, or the manufacturer gives one for the claim or one per unit. */
export function AuthorizeForm({ claim, label, errors, onSubmit, onCancel }: ActionFormProps) {
  const [mode, setMode] = useState<RmaMode>('hub');
  const [rmaNumber, setRmaNumber] = useState('');
  const [perLine, setPerLine] = useState<Record<string, string>>({});
  const [validUntil, setValidUntil] = useState('');
  const send = () => {
    const body: AuthorizeActionBody = {};
    if (mode === 'claim') body.rmaNumber = rmaNumber.trim();
    if (mode === 'lines') body.lines = claim.lines.map((line) => ({ serial: line.serial, rmaNumber: (perLine[line.serial] ?? '').trim() }));
    if (validUntil) body.validUntil = validUntil;
    onSubmit(body);
  };
  const modes: [RmaMode, string][] = [
    ['hub', t.rmaByHub],
    ['claim', t.rmaForClaim],
    ['lines', t.rmaPerUnit],
  ];
  return (
    <ActionFormShell label={label} onSubmit={send} onCancel={onCancel} testId="form-authorize">
      <fieldset>
        <legend>{t.rmaMode}</legend>
        {modes.map(([value, text]) => (
          <div className="field checkbox" key={value}>
            <input id={`authorize-mode-${value}`} type="radio" name="authorize-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            <label htmlFor={`authorize-mode-${value}`}>{text}</label>
          </div>
        ))}
      </fieldset>
      {mode === 'claim' ? <Field id="authorize-rma" label={t.rmaNumber} required value={rmaNumber} onChange={setRmaNumber} error={errors['/rmaNumber']} /> : null}
      {mode === 'lines'
        ? claim.lines.map((line, index) => (
            <Field
              key={line.serial}
              id={`authorize-rma-${index}`}
              label={t.rmaFor(line.serial)}
              required
              value={perLine[line.serial] ?? ''}
              onChange={(value) => setPerLine({ ...perLine, [line.serial]: value })}
              error={errors[`/lines/${index}/rmaNumber`] ?? errors[`/lines/${index}`]}
            />
          ))
        : null}
      <Field id="authorize-valid-until" label={t.validUntil} type="date" value={validUntil} onChange={setValidUntil} error={errors['/validUntil']} />
      {mode !== 'claim' && errors['/rmaNumber'] ? <p className="field-error">{errors['/rmaNumber']}</p> : null}
    </ActionFormShell>
  );
}

/** Receive: which units arrived (all of them unless some are unticked). */
export function ReceiveForm({ claim, label, errors, onSubmit, onCancel }: ActionFormProps) {
  const [received, setReceived] = useState<Record<string, boolean>>(() => Object.fromEntries(claim.lines.map((line) => [line.serial, true])));
  const send = () => {
    const serials = claim.lines.filter((line) => received[line.serial]).map((line) => line.serial);
    const body: ReceiveActionBody = serials.length === claim.lines.length ? {} : { lines: serials };
    onSubmit(body);
  };
  return (
    <ActionFormShell label={label} onSubmit={send} onCancel={onCancel} testId="form-receive">
      <fieldset>
        <legend>{t.receivedUnits}</legend>
        {claim.lines.map((line, index) => (
          <Check key={line.serial} id={`receive-${index}`} label={t.receivedUnit(line.serial)} checked={received[line.serial] ?? false} onChange={(checked) => setReceived({ ...received, [line.serial]: checked })} />
        ))}
        {errors['/lines'] ? <p className="field-error">{errors['/lines']}</p> : null}
      </fieldset>
    </ActionFormShell>
  );
}

/** Resolve: the claim's resolution, and optionally each unit's own outcome and its replacement's serial. */
export function ResolveForm({ claim, label, errors, onSubmit, onCancel }: ActionFormProps) {
  const [resolution, setResolution] = useState<Resolution>('repaired');
  const [outcomes, setOutcomes] = useState<Record<string, Resolution | ''>>({});
  const [replacements, setReplacements] = useState<Record<string, string>>({});
  const outcomeOf = (serial: string): Resolution => outcomes[serial] || resolution;
  const send = () => {
    const perUnit = claim.lines.some((line) => outcomes[line.serial] || REPLACED.includes(outcomeOf(line.serial)));
    const body: ResolveActionBody = { resolution };
    if (perUnit)
      body.lines = claim.lines.map((line) => {
        const replacementSerial = (replacements[line.serial] ?? '').trim();
        return { serial: line.serial, outcome: outcomeOf(line.serial), ...(REPLACED.includes(outcomeOf(line.serial)) && replacementSerial ? { replacementSerial } : {}) };
      });
    onSubmit(body);
  };
  const unitOptions = [{ value: '', label: t.sameAsClaim }, ...RESOLUTION_OPTIONS];
  return (
    <ActionFormShell label={label} onSubmit={send} onCancel={onCancel} testId="form-resolve">
      <SelectField id="resolve-resolution" label={t.resolution} value={resolution} options={RESOLUTION_OPTIONS} onChange={(value) => setResolution(value as Resolution)} error={errors['/resolution']} />
      <fieldset>
        <legend>{t.perUnit}</legend>
        {claim.lines.map((line, index) => (
          <div key={line.serial} className="unit-outcome">
            <SelectField id={`resolve-outcome-${index}`} label={t.outcomeFor(line.serial)} value={outcomes[line.serial] ?? ''} options={unitOptions} onChange={(value) => setOutcomes({ ...outcomes, [line.serial]: value as Resolution | '' })} error={errors[`/lines/${index}/outcome`]} />
            {REPLACED.includes(outcomeOf(line.serial)) ? (
              <Field id={`resolve-replacement-${index}`} label={t.replacementFor(line.serial)} required value={replacements[line.serial] ?? ''} onChange={(value) => setReplacements({ ...replacements, [line.serial]: value })} error={errors[`/lines/${index}/replacementSerial`]} />
            ) : null}
          </div>
        ))}
      </fieldset>
    </ActionFormShell>
  );
}

/** Request info: which of the policy's fields are missing, and a message. */
export function RequestInfoForm({ label, errors, onSubmit, onCancel }: ActionFormProps) {
  const [missing, setMissing] = useState<PolicyField[]>([]);
  const [message, setMessage] = useState('');
  const send = () => {
    const body: RequestInfoActionBody = { missing, ...(message.trim() ? { message: message.trim() } : {}) };
    onSubmit(body);
  };
  return (
    <ActionFormShell label={label} onSubmit={send} onCancel={onCancel} testId="form-request-info">
      <fieldset>
        <legend>{t.missing}</legend>
        {(Object.keys(POLICY_FIELDS) as PolicyField[]).map((field) => (
          <Check
            key={field}
            id={`request-info-${field.replace('.', '-')}`}
            label={en.fields[field] ?? field}
            checked={missing.includes(field)}
            onChange={(checked) => setMissing(checked ? [...missing, field] : missing.filter((other) => other !== field))}
          />
        ))}
        {errors['/missing'] ? <p className="field-error">{errors['/missing']}</p> : null}
      </fieldset>
      <TextAreaField id="request-info-message" label={t.message} value={message} onChange={setMessage} error={errors['/message']} />
    </ActionFormShell>
  );
}

/** The actions whose inputs need more than a few text fields. */
export const ACTION_FORMS = { authorize: AuthorizeForm, receive: ReceiveForm, resolve: ResolveForm, 'request-info': RequestInfoForm } as const;
