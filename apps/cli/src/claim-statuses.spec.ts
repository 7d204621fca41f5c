import { CLAIM_STATUSES } from '@rma-hub/contracts';
import { nextStatuses } from '@rma-hub/domain';
import { FINAL_STATUSES } from './claim-statuses';

describe('FINAL_STATUSES', () => {
  it('are exactly the statuses the claim lifecycle never leaves', () => {
    const final = CLAIM_STATUSES.filter((status) => nextStatuses(status).length === 0);
    expect([...FINAL_STATUSES].sort()).toEqual([...final].sort());
  });
});
