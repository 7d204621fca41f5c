import { Writable } from 'node:stream';
import { Command } from 'commander';
import { NetworkFile } from '@rma-hub/contracts';
import type { Context } from '../context';
import { Output } from '../output/output';
import { registerKeys } from './keys';

async function generate(): Promise<string> {
  let printed = '';
  const stdout = new Writable({ write: (chunk, _encoding, done) => ((printed += String(chunk)), done()) });
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const ctx = { client: () => { throw new Error('generate must not call a hub'); }, out: new Output(false, stdout, discard) } as unknown as Context;
  const program = new Command('rma-hub').exitOverride().configureOutput({ writeErr: () => undefined });
  registerKeys(program, ctx);
  await program.parseAsync(['keys', 'generate'], { from: 'user' });
  return printed.trim();
}

describe('rma-hub keys generate', () => {
  it('prints, without a hub, a fresh key that a network file admits', async () => {
    const [first, second] = [await generate(), await generate()];
    expect(first).not.toBe(second);
    const network = NetworkFile.safeParse({ parties: [{ id: 'r', name: 'r', role: 'reseller', referencePrefix: 'R', apiKeys: [{ label: 'erp', key: first }] }] });
    expect(network.success).toBe(true);
  });
});
