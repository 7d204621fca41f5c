import { MAX_ATTACHMENTS, SubmitClaimRequest } from './submit-claim';

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

  describe('attachments', () => {
    const photo = { url: 'https://files.example.com/rma/label%20front.jpg?sig=abc', name: 'Label, front', contentType: 'image/jpeg' };
    const issuesOf = (attachments: unknown) => {
      const result = SubmitClaimRequest.safeParse({ ...valid, attachments });
      return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('/'), message: issue.message }));
    };

    it('takes none (an empty list), or links with an optional name and media type, kept as given', () => {
      expect(SubmitClaimRequest.parse(valid).attachments).toEqual([]);
      const links = [photo, { url: 'https://example.com/invoice.pdf' }, { url: 'https://Docs.Example.COM:8443/a/../b', contentType: 'application/vnd.ms-excel' }];
      expect(SubmitClaimRequest.parse({ ...valid, attachments: links }).attachments).toEqual(links);
      expect(issuesOf(Array.from({ length: MAX_ATTACHMENTS }, (_, n) => ({ url: `https://example.com/${n}.jpg` })))).toEqual([]);
    });

    it.each([
      ['http://files.example.com/a.jpg', 'must be an https URL, not http'],
      ['ftp://files.example.com/a.jpg', 'must be an https URL, not ftp'],
      ['javascript:alert(1)', 'must be an https URL, not javascript'],
      ['data:image/png;base64,AAAA', 'must be an https URL, not data'],
      ['files.example.com/a.jpg', 'must be an absolute URL'],
      ['/rma/a.jpg', 'must be an absolute URL'],
      ['https://', 'must be an absolute URL'],
      ['https://dana:secret@files.example.com/a.jpg', 'must not carry credentials'],
      ['https://dana@files.example.com/a.jpg', 'must not carry credentials'],
      ['https://:secret@files.example.com/a.jpg', 'must not carry credentials'],
      ['https://files.example.com/label front.jpg', 'must not contain spaces'],
      [' https://files.example.com/a.jpg', 'must not contain spaces'],
      ['https://files.example.com/a\tb.jpg', 'must not contain spaces or control characters'],
      ['https://files.example.com/a\u007fb.jpg', 'must not contain spaces or control characters'],
    ])('refuses the URL %j at /attachments/1/url', (url, message) => {
      expect(issuesOf([photo, { url }])).toEqual([{ path: 'attachments/1/url', message: expect.stringContaining(message) }]);
    });

    it('refuses a URL that is not text or too long, and a missing one', () => {
      expect(issuesOf([{ url: 42 }]).map((issue) => issue.path)).toEqual(['attachments/0/url']);
      expect(issuesOf([{ name: 'photo' }]).map((issue) => issue.path)).toEqual(['attachments/0/url']);
      expect(issuesOf([{ url: `https://example.com/${'a'.repeat(2048)}` }]).map((issue) => issue.path)).toEqual(['attachments/0/url']);
    });

    it('refuses an empty or too long name and a malformed media type, each at its pointer', () => {
      expect(issuesOf([photo, photo, { ...photo, name: '  ' }])).toEqual([{ path: 'attachments/2/name', message: 'must not be empty' }]);
      expect(issuesOf([{ ...photo, name: 'n'.repeat(201) }]).map((issue) => issue.path)).toEqual(['attachments/0/name']);
      for (const contentType of ['jpeg', 'image/', 'image/jpeg; charset=x', '*/*']) {
        expect(issuesOf([{ ...photo, contentType }])).toEqual([{ path: 'attachments/0/contentType', message: 'must be a media type such as image/jpeg or application/pdf' }]);
      }
    });

    it(`refuses more than ${MAX_ATTACHMENTS} attachments, and a list that is not one`, () => {
      expect(issuesOf(Array.from({ length: MAX_ATTACHMENTS + 1 }, () => photo))).toEqual([{ path: 'attachments', message: `at most ${MAX_ATTACHMENTS} attachments per claim` }]);
      expect(issuesOf(photo).map((issue) => issue.path)).toEqual(['attachments']);
    });
  });
});
