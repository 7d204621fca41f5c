import type { Problem as HubProblem } from '@rma-hub/api-client';
import { CliError } from '../errors';

/** An RFC 9457 problem document as the hub answers errors; one made up from the status line has only a title and the status. */
export type Problem = Partial<HubProblem> & Pick<HubProblem, 'title' | 'status'>;

export class ProblemError extends CliError {
  constructor(readonly problem: Problem) {
    super(formatProblem(problem));
  }
}

/**
 * The problem the hub answered (`body` as parsed: JSON, else the text), or one made up from the
 * status when the body is not a problem document (a proxy's error page).
 */
export function problemFrom(status: number, statusText: string, body: unknown): Problem {
  if (typeof body === 'object' && body !== null && typeof (body as Partial<Problem>).title === 'string') return { ...(body as Problem), status };
  const excerpt = typeof body === 'string' ? body.trim().slice(0, 200) : '';
  return { title: `HTTP ${status}${statusText ? ` ${statusText}` : ''}`, status, ...(excerpt ? { detail: excerpt } : {}) };
}

export function formatProblem(problem: Problem): string {
  const lines = [`${problem.title} (${problem.status}${problem.code ? ` ${problem.code}` : ''})`];
  if (problem.detail) lines.push(`  ${problem.detail}`);
  if (problem.currentStatus) {
    const next = problem.allowedNext?.length ? `; it may move on to ${problem.allowedNext.join(', ')}` : '';
    lines.push(`  the claim is ${problem.currentStatus}${next}`);
  }
  for (const field of problem.errors ?? []) lines.push(`  ${field.pointer || '(body)'}: ${field.detail}`);
  return lines.join('\n');
}
