import fc from 'fast-check';
import { ActorRole, CLAIM_STATUSES, type ClaimStatus } from '@rma-hub/contracts';
import { CLAIM_ACTIONS, decideAction, type ClaimActionName } from './claim-actions';
import { CLAIM_LIFECYCLE, decideTransition } from './claim-lifecycle';

/** A claim as the lifecycle sees it, with its lines and timeline, driven only through the domain's decisions. */
interface Model {
  status: ClaimStatus;
  resumeStatus: ClaimStatus | null;
  lines: string[];
  timeline: { commandId: number; from: ClaimStatus; to: ClaimStatus; actor: ActorRole }[];
}

type Command =
  | { kind: 'action'; action: ClaimActionName; actor: ActorRole }
  | { kind: 'report'; to: ClaimStatus; actor: ActorRole };

const command = fc.oneof(
  fc.record({ kind: fc.constant('action' as const), action: fc.constantFrom(...CLAIM_ACTIONS), actor: fc.constantFrom(...ActorRole.options) }),
  fc.record({ kind: fc.constant('report' as const), to: fc.constantFrom(...CLAIM_STATUSES), actor: fc.constantFrom(...ActorRole.options) }),
);

function apply(model: Model, cmd: Command, commandId: number): Model {
  const to =
    cmd.kind === 'action'
      ? (() => {
          const decision = decideAction(model, cmd.action, cmd.actor);
          return decision.accepted ? decision.to : null;
        })()
      : decideTransition(model.status, cmd.to, cmd.actor).allowed
        ? cmd.to
        : null;
  if (to === null) return model;
  return {
    status: to,
    resumeStatus: to === 'needs_info' ? model.status : model.resumeStatus,
    lines: model.lines,
    timeline: [...model.timeline, { commandId, from: model.status, to, actor: cmd.actor }],
  };
}

describe('random action sequences from random parties (fast-check)', () => {
  it('stay inside the lifecycle graph, keep every line, and record each accepted action exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), fc.array(command, { maxLength: 60 }), (serials, commands) => {
        const lines = [...new Set(serials)];
        let model: Model = { status: 'submitted', resumeStatus: null, lines, timeline: [] };
        let accepted = 0;
        commands.forEach((cmd, index) => {
          const before = model;
          model = apply(model, cmd, index);
          if (model !== before) accepted += 1;

          expect(CLAIM_STATUSES).toContain(model.status);
          expect(model.lines).toEqual(lines);
        });
        for (const step of model.timeline) {
          const actors = CLAIM_LIFECYCLE[step.from][step.to];
          expect(actors).toBeDefined();
          if (step.actor !== 'operator') expect(actors).toContain(step.actor);
        }
        expect(model.timeline).toHaveLength(accepted);
        expect(new Set(model.timeline.map((step) => step.commandId)).size).toBe(accepted);
        model.timeline.forEach((step, index) => {
          expect(step.from).toBe(index === 0 ? 'submitted' : model.timeline[index - 1]!.to);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('can never leave a final status', () => {
    fc.assert(
      fc.property(fc.constantFrom<ClaimStatus>('closed', 'cancelled', 'expired', 'scrapped'), fc.array(command, { maxLength: 20 }), (final, commands) => {
        const end = commands.reduce((model, cmd, index) => apply(model, cmd, index), { status: final, resumeStatus: null, lines: ['s'], timeline: [] } as Model);
        expect(end.status).toBe(final);
      }),
    );
  });
});
