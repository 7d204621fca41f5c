import { useState, type FormEvent } from 'react';
import type { ClaimAction, ClaimView } from '@rma-hub/api-client';
import { fieldErrors, idempotencyKey, problemTitle } from '../../api/problem';
import type { Session } from '../../api/session';
import { en } from '../../text/en';
import { Alert } from '../Alert';
import { Field } from '../Field';
import { ACTION_FORMS } from './ManufacturerForms';

/** The inputs of the actions that take a body; every other action is sent at once with `{}`. */
const FORMS: Partial<Record<ClaimAction, { name: string; label: string; required: boolean; type?: string; step?: string }[]>> = {
  ship: [
    { name: 'carrier', label: en.actionForm.carrier, required: true },
    { name: 'trackingNumber', label: en.actionForm.trackingNumber, required: true },
  ],
  'ship-back': [
    { name: 'carrier', label: en.actionForm.carrier, required: true },
    { name: 'trackingNumber', label: en.actionForm.trackingNumber, required: true },
  ],
  reject: [{ name: 'reason', label: en.actionForm.reason, required: true }],
  cancel: [{ name: 'reason', label: en.actionForm.reason, required: false }],
  'reject-quote': [{ name: 'reason', label: en.actionForm.reason, required: false }],
  quote: [
    { name: 'amount', label: en.actionForm.amount, required: true, type: 'number', step: '0.01' },
    { name: 'currency', label: en.actionForm.currency, required: true },
    { name: 'validUntil', label: en.chain.forms.validUntil, required: false, type: 'date' },
  ],
  resolve: [{ name: 'resolution', label: en.actionForm.resolution, required: true }],
};

function bodyOf(action: ClaimAction, values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const input of FORMS[action] ?? []) {
    const value = values[input.name]?.trim() ?? '';
    if (value !== '') body[input.name] = input.type === 'number' ? Number(value) : value;
  }
  return body;
}

const formOf = (action: ClaimAction) => (ACTION_FORMS as Partial<Record<ClaimAction, (typeof ACTION_FORMS)[keyof typeof ACTION_FORMS]>>)[action];
const hasForm = (action: ClaimAction) => Boolean(FORMS[action] ?? formOf(action));

/** One button per action the caller may take now (`allowedActions`); an action with inputs opens a form first (ManufacturerForms for the richer ones). */
export function ActionBar({ session, claim, onDone }: { session: Session; claim: ClaimView; onDone(claim: ClaimView): void }) {
  const [open, setOpen] = useState<ClaimAction | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const actions = claim.allowedActions.filter((action) => action !== 'add-info');
  const OpenForm = open ? formOf(open) : undefined;

  const send = async (action: ClaimAction, body: object = bodyOf(action, values)) => {
    setAlert(null);
    const { data, error } = await session.client.POST('/v1/claims/{id}/actions/{action}', {
      params: { path: { id: claim.id, action }, header: { 'Idempotency-Key': idempotencyKey() } },
      body: body as never,
    });
    if (!data) {
      setErrors(fieldErrors(error));
      setAlert(en.errors.generic(problemTitle(error)));
      return;
    }
    setOpen(null);
    setValues({});
    setErrors({});
    onDone(data);
  };
  /** Opens an action's form (or closes it), clearing what the last refusal said. */
  const toggle = (action: ClaimAction) => {
    setErrors({});
    setAlert(null);
    setOpen(open === action ? null : action);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open) void send(open);
  };

  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{en.claim.actions}</h2>
      {actions.length === 0 ? <p>{en.claim.noActions}</p> : null}
      <div className="actions">
        {actions.map((action) => (
          <button key={action} type="button" data-action={action} aria-expanded={hasForm(action) ? open === action : undefined} onClick={() => (hasForm(action) ? toggle(action) : void send(action))}>
            {en.actions[action] ?? action}
          </button>
        ))}
      </div>
      {open && OpenForm ? (
        <OpenForm key={open} claim={claim} label={en.actions[open] ?? open} errors={errors} onSubmit={(body) => void send(open, body)} onCancel={() => setOpen(null)} />
      ) : open ? (
        <form className="action-form" onSubmit={submit} aria-label={en.actions[open] ?? open} data-testid={`form-${open}`}>
          {(FORMS[open] ?? []).map((input) => (
            <Field key={input.name} id={`action-${input.name}`} label={input.label} type={input.type ?? 'text'} step={input.step} required={input.required} value={values[input.name] ?? ''} onChange={(value) => setValues({ ...values, [input.name]: value })} error={errors[`/${input.name}`]} />
          ))}
          <button type="submit">{en.actionForm.submit}</button>
          <button type="button" onClick={() => setOpen(null)}>
            {en.actionForm.cancel}
          </button>
        </form>
      ) : null}
      <Alert>{alert}</Alert>
    </section>
  );
}
