import { CliError } from '../errors';

/** An RFC 9457 problem document as the hub answers errors. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: { pointer: string; detail: string }[];
  /** A claim action refused at the wrong moment (409): where the claim stands, and where it may go from there. */
  currentStatus?: string;
  allowedNext?: string[];
}

export class ProblemError extends CliError {
  constructor(readonly problem: Problem) {
    super(formatProblem(problem));
  }
}

/** The problem the hub answered, or one made up from the status when the body is not a problem document (a proxy's error page). */
export function problemFrom(status: number, statusText: string, body: string): Problem {
  try {
    const json = JSON.parse(body) as Partial<Problem>;
    if (typeof json === 'object' && json !== null && typeof json.title === 'string') return { ...json, title: json.title, status };
  } catch {
    // not JSON: described below from the status line
  }
  const excerpt = body.trim().slice(0, 200);
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
