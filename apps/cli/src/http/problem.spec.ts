import { formatProblem, problemFrom } from './problem';

describe('formatProblem', () => {
  it('prints the title, status and code, the detail, then each field error', () => {
    const text = formatProblem({
      type: 'https://rma-hub.dev/problems/request-invalid',
      title: 'The claim is invalid',
      status: 400,
      code: 'REQUEST.INVALID',
      detail: '2 field(s) failed validation',
      errors: [
        { pointer: '/purchaseDate', detail: 'must be a date in the form YYYY-MM-DD' },
        { pointer: '', detail: 'must be an object' },
      ],
    });
    expect(text).toBe(
      [
        'The claim is invalid (400 REQUEST.INVALID)',
        '  2 field(s) failed validation',
        '  /purchaseDate: must be a date in the form YYYY-MM-DD',
        '  (body): must be an object',
      ].join('\n'),
    );
  });

  it("says where a claim stands when the hub refuses an action at the wrong moment", () => {
    const text = formatProblem({
      title: 'The claim does not allow this now',
      status: 409,
      code: 'CLAIM.ACTION_NOT_ALLOWED',
      detail: 'goods ship only once the RMA is authorized',
      currentStatus: 'forwarded',
      allowedNext: ['authorized', 'needs_info'],
    });
    expect(text.split('\n')).toEqual([
      'The claim does not allow this now (409 CLAIM.ACTION_NOT_ALLOWED)',
      '  goods ship only once the RMA is authorized',
      '  the claim is forwarded; it may move on to authorized, needs_info',
    ]);
  });

  it('is one line for a bare problem', () => {
    expect(formatProblem({ title: 'Claim not found', status: 404 })).toBe('Claim not found (404)');
  });
});

describe('problemFrom', () => {
  it('reads the problem document the hub answered', () => {
    const body = { type: 't', title: 'Claim not found', status: 404, code: 'CLAIM.NOT_FOUND' };
    expect(problemFrom(404, 'Not Found', body)).toEqual({ type: 't', title: 'Claim not found', status: 404, code: 'CLAIM.NOT_FOUND' });
  });

  it('describes an answer that is not a problem document by its status and the start of its body', () => {
    expect(problemFrom(502, 'Bad Gateway', '<html>upstream down</html>')).toEqual({ title: 'HTTP 502 Bad Gateway', status: 502, detail: '<html>upstream down</html>' });
    expect(problemFrom(500, '', '')).toEqual({ title: 'HTTP 500', status: 500 });
  });
});
