import { readFileSync } from 'node:fs';

/** `node -r @swc-node/register bench/profile/summarize.ts <file.cpuprofile>`: self time by package and by function. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (!url) return '(native/idle)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return 'node core';
  const own = /\/work\/[^/]+\/((?:apps|libs)\/[^/]+)/.exec(url);
  return own ? own[1]! : url;
}

function summarize(file: string, top = 25): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || '(anonymous)';
    const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : packageOf(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const key = `${name} ${packageOf(node.callFrame.url)}:${node.callFrame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const show = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => `  ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`).join('\n');
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled\nby package:\n${show(byPackage)}\nby function:\n${show(byFunction)}\n`);
}

for (const file of process.argv.slice(2)) summarize(file);
