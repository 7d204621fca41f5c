import { ProblemException } from '@rma-hub/platform';
import { refuseBadEnvelope, verifySignature } from './verify-signature';

/** The test vector published with the Standard Webhooks specification. */
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const headers = (overrides: Record<string, string> = {}) => ({
  'webhook-id': VECTOR.id,
  'webhook-timestamp': String(VECTOR.timestamp),
  'webhook-signature': VECTOR.signature,
  ...overrides,
});

function refusal(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof ProblemException) return error.problem.code;
    throw error;
  }
}

describe('Standard Webhooks signature verification', () => {
  const at = (offsetSeconds: number) => jest.useFakeTimers({ now: (VECTOR.timestamp + offsetSeconds) * 1000 });
  afterEach(() => jest.useRealTimers());
  const body = Buffer.from(VECTOR.payload);

  it('accepts the specification’s test vector', () => {
    at(0);
    expect(refusal(() => verifySignature(body, headers(), [VECTOR.secret]))).toBeUndefined();
  });

  it('accepts any one of several signatures, and any one of several secrets (rotation)', () => {
    at(60);
    const several = headers({ 'webhook-signature': `v1,bm90IHRoZSBzaWduYXR1cmU= v2,ignored ${VECTOR.signature}` });
    expect(refusal(() => verifySignature(body, several, [VECTOR.secret]))).toBeUndefined();
    expect(refusal(() => verifySignature(body, headers(), ['whsec_bmV3IHNlY3JldCBhZnRlciByb3RhdGlvbg==', VECTOR.secret]))).toBeUndefined();
  });

  it('refuses a tampered body, a wrong secret, and a changed id', () => {
    at(0);
    expect(refusal(() => verifySignature(Buffer.from('{"test": 2432232315}'), headers(), [VECTOR.secret]))).toBe('WEBHOOK.SIGNATURE_INVALID');
    expect(refusal(() => verifySignature(body, headers(), ['whsec_bmV3IHNlY3JldCBhZnRlciByb3RhdGlvbg==']))).toBe('WEBHOOK.SIGNATURE_INVALID');
    expect(refusal(() => verifySignature(body, headers({ 'webhook-id': 'msg_other' }), [VECTOR.secret]))).toBe('WEBHOOK.SIGNATURE_INVALID');
  });

  it('refuses timestamps more than 5 minutes old or ahead, and accepts them just inside', () => {
    at(300);
    expect(refusal(() => verifySignature(body, headers(), [VECTOR.secret]))).toBeUndefined();
    at(301);
    expect(refusal(() => verifySignature(body, headers(), [VECTOR.secret]))).toBe('WEBHOOK.TIMESTAMP_STALE');
    at(-301);
    expect(refusal(() => verifySignature(body, headers(), [VECTOR.secret]))).toBe('WEBHOOK.TIMESTAMP_IN_FUTURE');
  });

  it('refuses missing headers, and accepts a signed body that is not JSON (its contract is checked later)', () => {
    at(0);
    expect(refusal(() => verifySignature(body, { 'webhook-id': VECTOR.id }, [VECTOR.secret]))).toBe('WEBHOOK.HEADERS_MISSING');
    const { Webhook } = jest.requireActual<typeof import('standardwebhooks')>('standardwebhooks');
    const notJson = 'status=RECEIVED';
    const signature = new Webhook(VECTOR.secret).sign(VECTOR.id, new Date(VECTOR.timestamp * 1000), notJson);
    expect(refusal(() => verifySignature(Buffer.from(notJson), headers({ 'webhook-signature': signature }), [VECTOR.secret]))).toBeUndefined();
  });
});

describe('the envelope, checked before any look-up or HMAC', () => {
  const at = new Date(VECTOR.timestamp * 1000);

  it('passes complete headers with a timestamp within 5 minutes either way', () => {
    expect(refusal(() => refuseBadEnvelope(headers(), at))).toBeUndefined();
    expect(refusal(() => refuseBadEnvelope(headers(), new Date(at.getTime() + 299_000)))).toBeUndefined();
    expect(refusal(() => refuseBadEnvelope(headers(), new Date(at.getTime() - 299_000)))).toBeUndefined();
  });

  it('refuses missing headers, a malformed timestamp, and one outside the window, as the full check would', () => {
    expect(refusal(() => refuseBadEnvelope({ ...headers(), 'webhook-signature': undefined }, at))).toBe('WEBHOOK.HEADERS_MISSING');
    expect(refusal(() => refuseBadEnvelope(headers({ 'webhook-timestamp': 'soon' }), at))).toBe('WEBHOOK.HEADERS_INVALID');
    expect(refusal(() => refuseBadEnvelope(headers(), new Date(at.getTime() + 301_000)))).toBe('WEBHOOK.TIMESTAMP_STALE');
    expect(refusal(() => refuseBadEnvelope(headers(), new Date(at.getTime() - 301_000)))).toBe('WEBHOOK.TIMESTAMP_IN_FUTURE');
  });
});
