import { useState, type FormEvent } from 'react';
import type { AddInfoActionBody, ClaimView } from '@rma-hub/api-client';
import { fieldErrors, idempotencyKey, problemTitle } from '../../api/problem';
import type { Session } from '../../api/session';
import { en } from '../../text/en';
import { Alert } from '../Alert';
import { Field } from '../Field';

/** The inputs each missing policy field needs, with the JSON Pointer the API reports errors at. */
const INPUTS: Record<string, { name: string; pointer: string; type?: string }[]> = {
  dealer: [{ name: 'dealer', pointer: '/dealer' }],
  purchaseDate: [{ name: 'purchaseDate', pointer: '/purchaseDate', type: 'date' }],
  proofOfPurchase: [{ name: 'proofOfPurchase', pointer: '/proofOfPurchase' }],
  supportTicket: [{ name: 'supportTicket', pointer: '/supportTicket' }],
  portalAccountId: [{ name: 'portalAccountId', pointer: '/portalAccountId' }],
  'contact.phone': [{ name: 'contact.phone', pointer: '/contact/phone', type: 'tel' }],
  'contact.email': [{ name: 'contact.email', pointer: '/contact/email', type: 'email' }],
  shipTo: ['name', 'street', 'postalCode', 'city', 'country'].map((part) => ({ name: `shipTo.${part}`, pointer: `/shipTo/${part}` })),
};

/** Builds the add-info body from the inputs: `contact.phone` → { contact: { phone } }, and so on. */
function bodyOf(values: Record<string, string>, claim: ClaimView, missing: string[]): AddInfoActionBody {
  const body: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === '' || name.startsWith('lines.')) continue;
    const [head, tail] = name.split('.') as [string, string | undefined];
    if (tail) body[head] = { ...((body[head] as object | undefined) ?? {}), [tail]: value };
    else body[head] = value;
  }
  if (missing.includes('lines.macId')) {
    body.lines = claim.lines.map((line) => ({ serial: line.serial, macId: values[`lines.macId.${line.serial}`]?.trim() || undefined }));
  }
  return body as AddInfoActionBody;
}

/** `needs_info`: what the policy is missing, and, to the party that may add it, a form for exactly those fields (the add-info action). */
export function MissingInfoForm({ session, claim, missing, onDone }: { session: Session; claim: ClaimView; missing: string[]; onDone(claim: ClaimView): void }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [key] = useState(idempotencyKey);
  const inputs = missing.flatMap((field) => INPUTS[field] ?? []);
  const macInputs = missing.includes('lines.macId') ? claim.lines.map((line, index) => ({ name: `lines.macId.${line.serial}`, pointer: `/lines/${index}/macId`, serial: line.serial })) : [];
  const cannotAdd = missing.filter((field) => !INPUTS[field] && field !== 'lines.macId');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const { data, error } = await session.client.POST('/v1/claims/{id}/actions/{action}', {
      params: { path: { id: claim.id, action: 'add-info' }, header: { 'Idempotency-Key': key } },
      body: bodyOf(values, claim, missing),
    });
    if (data) return onDone(data);
    setErrors(fieldErrors(error));
    setAlert(en.errors.generic(problemTitle(error)));
  };

  const set = (name: string) => (value: string) => setValues({ ...values, [name]: value });
  return (
    <section aria-labelledby="missing-title" className="missing" data-testid="missing-info">
      <h2 id="missing-title">{en.claim.needsInfo}</h2>
      <p>{en.claim.missingIntro}</p>
      <ul data-testid="missing-fields">
        {missing.map((field) => (
          <li key={field} data-field={field}>
            {en.fields[field] ?? field}
          </li>
        ))}
      </ul>
      {cannotAdd.length === 0 ? null : <p>{en.claim.cannotAdd(cannotAdd.map((field) => en.fields[field] ?? field).join(', '))}</p>}
      {claim.allowedActions.includes('add-info') ? (
      <form onSubmit={submit}>
        {inputs.map((input) => (
          <Field key={input.name} id={`add-${input.name}`} label={en.fields[input.name] ?? input.name} type={input.type ?? 'text'} required value={values[input.name] ?? ''} onChange={set(input.name)} error={errors[input.pointer]} />
        ))}
        {macInputs.map((input) => (
          <Field key={input.name} id={`add-${input.name}`} label={`${en.fields['lines.macId']} — ${input.serial}`} value={values[input.name] ?? ''} onChange={set(input.name)} error={errors[input.pointer]} />
        ))}
        <Alert>{alert}</Alert>
        <button type="submit">{en.claim.addInfo}</button>
      </form>
      ) : null}
    </section>
  );
}
