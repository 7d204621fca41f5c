import type { EffectivePolicy } from '../policy';
import type { ChannelState } from './claim-state';

/** What every decision is made against: the policy in force, how the manufacturer is reached, and the time. */
export interface DecisionContext {
  policy: EffectivePolicy;
  channel: ChannelState;
  now: Date;
}
