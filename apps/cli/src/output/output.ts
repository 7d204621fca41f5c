import type { Writable } from 'node:stream';

/** Where a command writes: results on stdout (the API's JSON with --json), commentary on stderr. */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly stdout: Writable,
    private readonly stderr: Writable,
  ) {}

  /** The command's answer: `data` as JSON with --json, else `text()`. */
  result(data: unknown, text: () => string): void {
    this.stdout.write(`${this.json ? JSON.stringify(data, null, 2) : text()}\n`);
  }

  /** One of a stream of answers (watch): a JSON line each with --json. */
  item(data: unknown, text: () => string): void {
    this.stdout.write(`${this.json ? JSON.stringify(data) : text()}\n`);
  }

  /** A hint or a remark for people; stdout stays clean, and --json keeps quiet. */
  note(text: string): void {
    if (!this.json) this.stderr.write(`${text}\n`);
  }
}
