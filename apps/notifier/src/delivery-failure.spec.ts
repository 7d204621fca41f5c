import { AxiosError, CanceledError } from 'axios';
import { UnsafeUrlError } from '@rma-hub/platform';
import { describeDeliveryFailure } from './delivery-failure';

describe('the delivery log reason for a failed attempt', () => {
  it.each([
    ['the wall-clock timeout', new CanceledError(), 'timed out'],
    ['a refused address', AxiosError.from(new UnsafeUrlError('hooks.example.com resolves to 10.0.0.7, which is not a public address')), 'URL not allowed'],
    ['a stored URL the rules no longer admit', new UnsafeUrlError('must use https'), 'URL not allowed'],
    ['an oversized answer', new AxiosError('maxContentLength size of 65536 exceeded', AxiosError.ERR_BAD_RESPONSE), 'answer too large or malformed'],
    ['a refused connection', AxiosError.from(Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), { code: 'ECONNREFUSED' })), 'could not connect'],
    ['a reset connection', AxiosError.from(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })), 'could not connect'],
  ])('%s', (_, error, reason) => expect(describeDeliveryFailure(error)).toBe(reason));
});
