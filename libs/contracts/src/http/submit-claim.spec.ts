import { SubmitClaimRequest } from './submit-claim';

const valid = {
  manufacturer: 'ubiquiti',
  returnReason: 'defective',
  failureDescription: 'reboots',
  lines: [{ serial: 'SN1', model: 'U6-Pro' }],
};

const pathsOf = (input: unknown) => {
  const result = SubmitClaimRequest.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('SubmitClaimRequest', () => {
  it('accepts a minimal well-formed claim; policy data may be missing', () => {
    expect(SubmitClaimRequest.parse(valid)).toMatchObject({ ...valid, contact: {} });
  });

  it('names each missing or malformed field', () => {
    expect(pathsOf({})).toEqual(['manufacturer', 'returnReason', 'failureDescription', 'lines']);
    expect(pathsOf({ ...valid, lines: [] })).toEqual(['lines']);
    expect(pathsOf({ ...valid, lines: [{ model: 'x' }] })).toEqual(['lines.0.serial']);
    expect(pathsOf({ ...valid, failureDescription: '   ' })).toEqual(['failureDescription']);
  });

  it.each(['2026-02-30', '2026-13-01', '14/03/2026', '2026-3-4'])('refuses the date %s', (purchaseDate) => {
    expect(pathsOf({ ...valid, purchaseDate })).toEqual(['purchaseDate']);
  });

  it('refuses an unknown return reason and a malformed e-mail', () => {
    expect(pathsOf({ ...valid, returnReason: 'broken', contact: { email: 'nope' } })).toEqual(['returnReason', 'contact.email']);
  });

  it('refuses the same serial twice in one claim, pointing at the second line', () => {
    const lines = [
      { serial: 'SN1', model: 'a' },
      { serial: 'SN2', model: 'b' },
      { serial: 'SN1', model: 'c' },
    ];
    const result = SubmitClaimRequest.safeParse({ ...valid, lines });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['lines', 2, 'serial'], message: expect.stringContaining('line 1') });
  });
});
