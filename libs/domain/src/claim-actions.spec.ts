import { decideAction } from './claim-actions';

const at = (status: Parameters<typeof decideAction>[0]['status'], resumeStatus: Parameters<typeof decideAction>[0]['resumeStatus'] = null) => ({ status, resumeStatus });

describe('claim actions', () => {
  it('cancels only before the goods ship (004)', () => {
    expect(decideAction(at('authorized'), 'cancel', 'reseller')).toEqual({ accepted: true, from: 'authorized', to: 'cancelled' });
    expect(decideAction(at('in_transit'), 'cancel', 'reseller')).toMatchObject({
      accepted: false,
      current: 'in_transit',
      reason: 'cancellation is only possible before the goods ship',
    });
  });

  it('resumes a claim where it stopped when the missing information is added', () => {
    expect(decideAction(at('needs_info', 'forwarded'), 'add-info', 'reseller')).toMatchObject({ accepted: true, to: 'forwarded' });
    expect(decideAction(at('needs_info'), 'add-info', 'reseller')).toMatchObject({ accepted: true, to: 'submitted' });
    expect(decideAction(at('forwarded'), 'add-info', 'reseller')).toMatchObject({ accepted: false, reason: 'the claim is not waiting for information' });
  });

  it('ships an authorized claim, and answers a quote', () => {
    expect(decideAction(at('authorized'), 'ship', 'reseller')).toMatchObject({ accepted: true, to: 'in_transit' });
    expect(decideAction(at('quote_pending'), 'approve-quote', 'reseller')).toMatchObject({ accepted: true, to: 'repairing' });
    expect(decideAction(at('quote_pending'), 'reject-quote', 'reseller')).toMatchObject({ accepted: true, to: 'shipped_back' });
  });

  it('lets only the distributor forward a claim in review', () => {
    expect(decideAction(at('in_review'), 'forward', 'distributor')).toMatchObject({ accepted: true, to: 'forwarded' });
    expect(decideAction(at('in_review'), 'forward', 'reseller')).toMatchObject({
      accepted: false,
      reason: 'a reseller cannot forward a claim that is in_review',
      allowedNext: ['cancelled'],
    });
  });
});
