import { useState, type FormEvent } from 'react';
import type { paths } from '@rma-hub/api-client';
import { fieldErrors, idempotencyKey, problemTitle } from '../api/problem';
import type { Session } from '../api/session';
import { Alert } from '../components/Alert';
import { Field, SelectField, TextAreaField } from '../components/Field';
import { ATTACHMENT, EMPTY_ATTACHMENT, EMPTY_LINE, LINE, RowList, type AttachmentDraft, type LineDraft } from '../components/LineFields';
import { navigate } from '../router';
import { en } from '../text/en';

/** The body of POST /v1/claims, as the OpenAPI document (and so the API's zod schema) defines it. */
type SubmitClaimBody = paths['/v1/claims']['post']['requestBody']['content']['application/json'];
type ReturnReason = SubmitClaimBody['returnReason'];

const RETURN_REASONS: Record<ReturnReason, true> = { defective: true, doa: true, order_error: true, delivery_error: true };
const REASON_OPTIONS = (Object.keys(RETURN_REASONS) as ReturnReason[]).map((value) => ({ value, label: en.returnReasons[value] ?? value }));

/** The optional top-level text facts of a claim, each an input whose error pointer is its name. */
const FACTS = ['reference', 'purchaseDate', 'deliveredOn', 'proofOfPurchase', 'dealer', 'supportTicket', 'portalAccountId'] as const satisfies readonly (keyof SubmitClaimBody)[];
const CONTACT = ['name', 'email', 'phone'] as const satisfies readonly (keyof NonNullable<SubmitClaimBody['contact']>)[];
const SHIP_TO = ['name', 'street', 'postalCode', 'city', 'country'] as const satisfies readonly (keyof NonNullable<SubmitClaimBody['shipTo']>)[];

type Draft = Record<(typeof FACTS)[number] | 'manufacturer' | 'failureDescription', string> & {
  returnReason: ReturnReason;
  contact: Record<(typeof CONTACT)[number], string>;
  shipTo: Record<(typeof SHIP_TO)[number], string>;
  lines: LineDraft[];
  attachments: AttachmentDraft[];
};
const EMPTY: Draft = {
  reference: '',
  manufacturer: '',
  returnReason: 'defective',
  failureDescription: '',
  purchaseDate: '',
  deliveredOn: '',
  proofOfPurchase: '',
  dealer: '',
  supportTicket: '',
  portalAccountId: '',
  contact: { name: '', email: '', phone: '' },
  shipTo: { name: '', street: '', postalCode: '', city: '', country: '' },
  lines: [EMPTY_LINE],
  attachments: [],
};

/** Blank inputs are left out, so the API sees only what the reseller gave. */
const given = <T extends Record<string, string>>(values: T): Partial<T> => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value !== '')) as Partial<T>;

function bodyOf(draft: Draft): SubmitClaimBody {
  const { contact, shipTo, lines, attachments, returnReason, ...facts } = draft;
  const address = given(shipTo);
  return {
    ...(given(facts) as Omit<SubmitClaimBody, 'returnReason' | 'lines'>),
    returnReason,
    contact: given(contact),
    // A partly filled address goes as it is, so the API names the parts it lacks.
    ...(Object.keys(address).length > 0 ? { shipTo: address as NonNullable<SubmitClaimBody['shipTo']> } : {}),
    lines: lines.map((line) => given(line) as SubmitClaimBody['lines'][number]),
    // Blank rows are sent too: the API's pointers (`/attachments/1/url`) then name the row as shown.
    attachments: attachments.map((attachment) => given(attachment) as NonNullable<SubmitClaimBody['attachments']>[number]),
  };
}

/** A reseller's new claim: one or several units; the API's per-field errors shown beside each field. */
export function NewClaimPage({ session }: { session: Session }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(idempotencyKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setAlert(null);
    try {
      const { data, error } = await session.client.POST('/v1/claims', { params: { header: { 'Idempotency-Key': key } }, body: bodyOf(draft) });
      if (data) return navigate({ page: 'claim', id: data.id });
      setErrors(fieldErrors(error));
      setAlert(Object.keys(fieldErrors(error)).length > 0 ? en.newClaim.invalid : en.errors.generic(problemTitle(error)));
    } catch {
      setAlert(en.errors.network);
    } finally {
      setBusy(false);
    }
  };

  const text = (name: (typeof FACTS)[number] | 'manufacturer', type = 'text', required = false) => (
    <Field id={`claim-${name}`} label={en.fields[name] ?? name} type={type} required={required} value={draft[name]} onChange={(value) => setDraft({ ...draft, [name]: value })} error={errors[`/${name}`]} />
  );
  return (
    <main id="main">
      <h1>{en.newClaim.title}</h1>
      <p>{en.newClaim.intro}</p>
      <form onSubmit={submit} noValidate>
        {text('reference')}
        {text('manufacturer', 'text', true)}
        <SelectField id="claim-returnReason" label={en.fields.returnReason ?? 'returnReason'} value={draft.returnReason} options={REASON_OPTIONS} onChange={(value) => setDraft({ ...draft, returnReason: value as ReturnReason })} error={errors['/returnReason']} />
        <TextAreaField id="claim-failureDescription" label={en.fields.failureDescription ?? 'failureDescription'} required value={draft.failureDescription} onChange={(failureDescription) => setDraft({ ...draft, failureDescription })} error={errors['/failureDescription']} />
        {text('purchaseDate', 'date')}
        {text('deliveredOn', 'date')}
        {text('proofOfPurchase')}
        {text('dealer')}
        {text('supportTicket')}
        {text('portalAccountId')}
        <fieldset>
          <legend>{en.fields.contact}</legend>
          {CONTACT.map((name) => (
            <Field key={name} id={`claim-contact-${name}`} label={en.fields[`contact.${name}`] ?? name} type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'} value={draft.contact[name]} onChange={(value) => setDraft({ ...draft, contact: { ...draft.contact, [name]: value } })} error={errors[`/contact/${name}`]} />
          ))}
        </fieldset>
        <fieldset>
          <legend>{en.fields.shipTo}</legend>
          {SHIP_TO.map((name) => (
            <Field key={name} id={`claim-shipTo-${name}`} label={en.fields[`shipTo.${name}`] ?? name} value={draft.shipTo[name]} onChange={(value) => setDraft({ ...draft, shipTo: { ...draft.shipTo, [name]: value } })} error={errors[`/shipTo/${name}`]} />
          ))}
        </fieldset>
        <RowList kind={LINE} legend={en.fields.lines ?? 'lines'} addLabel={en.newClaim.addUnit} rows={draft.lines} empty={EMPTY_LINE} minRows={1} errors={errors} onChange={(lines) => setDraft({ ...draft, lines })} />
        <RowList
          kind={ATTACHMENT}
          legend={en.fields.attachments ?? 'attachments'}
          intro={en.newClaim.attachmentsIntro}
          addLabel={en.newClaim.addAttachment}
          rows={draft.attachments}
          empty={EMPTY_ATTACHMENT}
          minRows={0}
          errors={errors}
          onChange={(attachments) => setDraft({ ...draft, attachments })}
        />
        <Alert>{alert}</Alert>
        <button type="submit" disabled={busy}>
          {busy ? en.newClaim.submitting : en.newClaim.submit}
        </button>
      </form>
    </main>
  );
}
