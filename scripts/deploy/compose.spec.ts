/**
 * The deployment files, checked against the code: no Docker engine runs them on the project's
 * machines, so this is what keeps docker-compose.yml, the Dockerfile and deploy/prometheus.yml
 * honest. Reads files only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PORTAL_SIM_VARIABLES, PortalSimEnv } from '../../apps/portal-sim/src/env';
import { CONFIG_VARIABLES, loadConfig } from '../../libs/platform/src/config';
import { NetworkFile } from '../../libs/contracts/src';
import { portalAdaptersOf, portalEndpointsFromEnv, portalVariablesOf } from '../network/portal-endpoints';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface HealthCheck {
  test?: string | string[];
  disable?: boolean;
}
interface PortMapping {
  target: number;
  published?: number | string;
}
interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | PortMapping)[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: HealthCheck;
  restart?: string;
  volumes?: (string | { source?: string; target?: string })[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}
interface PrometheusConfig {
  scrape_configs: { job_name: string; metrics_path?: string; static_configs?: { targets: string[] }[] }[];
}

const compose = parse(read('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = Object.entries(compose.services);
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** What a service runs: the TypeScript entry point its command names, or the npm script. */
function entryOf(service: ComposeService): { file?: string; script?: string } {
  const command = typeof service.command === 'string' ? service.command.split(/\s+/) : (service.command ?? []);
  const file = command.find((arg) => /\.[cm]?[jt]s$/.test(arg));
  if (file) return { file };
  const run = command.indexOf('run');
  if (command[0] === 'npm' && run >= 0) return { script: command.slice(run + 1).find((arg) => !arg.startsWith('-')) };
  return {};
}

/** The hub's own services: every app whose main starts a hub service on the hub's config. */
const isHubApp = (file: string | undefined) => !!file && existsSync(path.join(ROOT, file)) && /^apps\/[^/]+\/src\/main\.ts$/.test(file) && read(file).includes('startService(');
const hubServices = services.filter(([, service]) => isHubApp(entryOf(service).file));
/** Services built from the project's image (the hub services, the one-shots, the simulator). */
const imageServices = services.filter(([, service]) => service.build !== undefined);

/** A compose value as it stands in the file: `${NAME:-default}` is its default, `${NAME}` is nothing literal. */
function literal(value: string): string {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?:(:?[-?])([^}]*))?\}/g, (_, operator: string | undefined, word: string | undefined) =>
    operator?.endsWith('-') ? (word ?? '') : '',
  );
}

function environmentOf(service: ComposeService): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => [entry.split('=')[0] ?? '', entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : '']));
  }
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, value === null ? '' : String(value)]));
}
const literalEnvironmentOf = (service: ComposeService) =>
  Object.fromEntries(Object.entries(environmentOf(service)).map(([name, value]) => [name, literal(value)]));

/** Published ports as host and container port numbers (short "[ip:][host:]container[/proto]" or long syntax). */
function portsOf(service: ComposeService): { host: number | undefined; container: number }[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') return { host: port.published === undefined ? undefined : Number(port.published), container: Number(port.target) };
    const parts = String(port).replace(/\/(tcp|udp)$/, '').split(':');
    const container = Number(parts.at(-1));
    return { host: parts.length > 1 ? Number(parts.at(-2)) : undefined, container };
  });
}

function dependenciesOf(service: ComposeService): [string, string][] {
  const dependsOn = service.depends_on ?? [];
  if (Array.isArray(dependsOn)) return dependsOn.map((name) => [name, 'service_started']);
  return Object.entries(dependsOn).map(([name, options]) => [name, options.condition ?? 'service_started']);
}

const isValidPort = (port: number | undefined) => Number.isInteger(port) && port! >= 1 && port! <= 65535;
const httpPortOf = (service: ComposeService) => Number(environmentOf(service).HTTP_PORT);

/** The variables each thing the image runs reads; hub services read the hub's config. */
const MIGRATE_VARIABLES = ['DATABASE_URL', 'SCHEMA_ENGINE_LOG']; // scripts/db/migrate.ts: databaseUrlFromEnv(), SCHEMA_ENGINE_LOG
/** The network one-shot and the file it applies (the command's last argument). */
const networkService = services.find(([, service]) => entryOf(service).file === 'scripts/network/apply.ts');
const appliedNetwork = () => NetworkFile.parse(parse(read(String([networkService![1].command].flat().at(-1)))));
function knownVariablesOf(file: string): readonly string[] {
  if (file === 'apps/portal-sim/src/main.ts') return PORTAL_SIM_VARIABLES;
  if (file === 'scripts/db/migrate.ts') return MIGRATE_VARIABLES;
  if (file === 'scripts/network/apply.ts') {
    return ['DATABASE_URL', ...portalAdaptersOf(appliedNetwork()).flatMap((adapter) => Object.values(portalVariablesOf(adapter)))];
  }
  if (isHubApp(file)) return CONFIG_VARIABLES;
  throw new Error(`${file}: the test does not know which environment variables it reads`);
}

/** Dockerfile instructions, continuation lines joined and comments dropped, split into stages. */
function dockerfileStages(text: string): { from: string; instructions: { keyword: string; args: string }[] }[] {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: { from: string; instructions: { keyword: string; args: string }[] }[] = [];
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stages.push({ from: args, instructions: [] });
    else stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

describe('docker-compose.yml', () => {
  it('runs every service that has a start script in a container of its own, named after it', () => {
    const apps = Object.keys(packageJson.scripts)
      .filter((script) => script.startsWith('start:') && script !== 'start:all-in-one')
      .map((script) => script.slice('start:'.length));
    expect(apps.length).toBeGreaterThan(0);
    for (const app of apps) {
      expect(entryOf(compose.services[app] ?? {}).file).toBe(`apps/${app}/src/main.ts`);
    }
    expect(hubServices.map(([name]) => name).sort()).toEqual(['connectors', 'gateway', 'notifier', 'router', 'webhooks']);
  });

  it("runs an existing entry point or npm script in every service built from the project's image", () => {
    expect(imageServices.length).toBeGreaterThan(hubServices.length);
    for (const [name, service] of imageServices) {
      const entry = entryOf(service);
      expect({ name, runs: entry.file ?? entry.script }).toEqual({ name, runs: expect.any(String) });
      if (entry.file) expect({ name, exists: existsSync(path.join(ROOT, entry.file)) }).toEqual({ name, exists: true });
      if (entry.script) expect({ name, script: packageJson.scripts[entry.script] }).toEqual({ name, script: expect.any(String) });
    }
  });

  it('builds one image, from the Dockerfile, for every service of the project', () => {
    const images = new Set(imageServices.map(([, service]) => service.image));
    const builds = new Set(imageServices.map(([, service]) => JSON.stringify(service.build)));
    expect([...images]).toEqual([expect.any(String)]);
    expect([...builds]).toEqual([JSON.stringify('.')]);
    expect(existsSync(path.join(ROOT, 'Dockerfile'))).toBe(true);
  });

  it('sets only environment variables that the service reads, with values its config accepts', () => {
    for (const [name, service] of imageServices) {
      const file = entryOf(service).file!;
      const known = knownVariablesOf(file);
      const unknown = Object.keys(environmentOf(service)).filter((variable) => !known.includes(variable));
      expect({ name, unknown }).toEqual({ name, unknown: [] });
    }
    for (const [name, service] of hubServices) {
      let problem = '';
      try {
        // Listening on every interface: a service bound to the container's loopback is unreachable.
        expect(loadConfig(literalEnvironmentOf(service)).http.host).toBe('0.0.0.0');
      } catch (error) {
        problem = (error as Error).message;
      }
      expect({ name, problem }).toEqual({ name, problem: '' });
    }
    const simulator = compose.services['portal-sim']!;
    expect(PortalSimEnv.parse(literalEnvironmentOf(simulator)).PORTAL_SIM_HOST).toBe('0.0.0.0');
  });

  it("publishes valid ports, each hub service's on its HTTP_PORT, no host port twice", () => {
    const hostPorts: number[] = [];
    for (const [name, service] of services) {
      for (const port of portsOf(service)) {
        expect({ name, port, valid: isValidPort(port.container) && (port.host === undefined || isValidPort(port.host)) }).toEqual({ name, port, valid: true });
        if (port.host !== undefined) hostPorts.push(port.host);
      }
    }
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
    for (const [name, service] of hubServices) {
      expect({ name, httpPort: isValidPort(httpPortOf(service)) }).toEqual({ name, httpPort: true });
      for (const port of portsOf(service)) expect({ name, container: port.container }).toEqual({ name, container: httpPortOf(service) });
    }
    const simulator = compose.services['portal-sim']!;
    for (const port of portsOf(simulator)) expect(port.container).toBe(Number(environmentOf(simulator).PORTAL_SIM_PORT));
    // The public API and the portals' webhook receiver are reachable from the host.
    expect(portsOf(compose.services.gateway!).length).toBeGreaterThan(0);
    expect(portsOf(compose.services.webhooks!).length).toBeGreaterThan(0);
  });

  it('depends only on services that exist, under conditions they can meet, without cycles', () => {
    for (const [name, service] of services) {
      for (const [target, condition] of dependenciesOf(service)) {
        const dependency = compose.services[target];
        expect({ name, target, exists: dependency !== undefined }).toEqual({ name, target, exists: true });
        expect(['service_started', 'service_healthy', 'service_completed_successfully']).toContain(condition);
        if (condition === 'service_healthy') expect({ target, healthcheck: !!dependency?.healthcheck?.test }).toEqual({ target, healthcheck: true });
        if (condition === 'service_completed_successfully') expect({ target, restart: dependency?.restart }).toEqual({ target, restart: 'no' });
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, trail: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`depends_on cycle: ${[...trail, name].join(' → ')}`);
      visiting.add(name);
      for (const [target] of dependenciesOf(compose.services[name] ?? {})) visit(target, [...trail, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const [name] of services) visit(name, []);
  });

  it('starts every hub service after PostgreSQL and Kafka are healthy and the migrations have run', () => {
    const migrate = services.find(([, service]) => entryOf(service).file === 'scripts/db/migrate.ts');
    expect(migrate).toBeDefined();
    const [migrateName, migrateService] = migrate!;
    expect(migrateService.command).toContain('deploy');
    for (const [name, service] of hubServices) {
      expect({ name, depends: Object.fromEntries(dependenciesOf(service)) }).toEqual({
        name,
        depends: expect.objectContaining({ postgres: 'service_healthy', kafka: 'service_healthy', [migrateName]: 'service_completed_successfully' }),
      });
    }
  });

  it('loads a network before the hub services start, every portal it names pointed at the simulator with its signing secrets', () => {
    expect(networkService).toBeDefined();
    const [networkName, network] = networkService!;
    expect(Object.fromEntries(dependenciesOf(network))).toEqual(expect.objectContaining({ migrate: 'service_completed_successfully' }));
    for (const [name, service] of hubServices) {
      expect({ name, network: Object.fromEntries(dependenciesOf(service))[networkName] }).toEqual({ name, network: 'service_completed_successfully' });
    }
    const endpoints = portalEndpointsFromEnv(appliedNetwork(), literalEnvironmentOf(network));
    const simulator = PortalSimEnv.parse(literalEnvironmentOf(compose.services['portal-sim']!));
    expect(Object.keys(endpoints).sort()).toEqual(['grandstream', 'innovaphone', 'ubiquiti']);
    for (const endpoint of Object.values(endpoints)) expect(endpoint.baseUrl).toBe(`http://portal-sim:${simulator.PORTAL_SIM_PORT}`);
    expect(endpoints.ubiquiti!.webhookSecrets).toEqual([simulator.UBIQUITI_WEBHOOK_SECRET]);
    expect(endpoints.innovaphone!.webhookSecrets).toEqual([simulator.INNOVAPHONE_WEBHOOK_SECRET]);
  });

  it('health-checks every long-running service; only one-shots that others wait on to complete have none', () => {
    for (const [name, service] of services) {
      if (service.restart === 'no') {
        const waiting = services.flatMap(([, other]) => dependenciesOf(other).filter(([target]) => target === name));
        expect(waiting.length).toBeGreaterThan(0);
        for (const [, condition] of waiting) expect({ name, condition }).toEqual({ name, condition: 'service_completed_successfully' });
        continue;
      }
      const test = service.healthcheck?.test;
      expect({ name, healthcheck: !service.healthcheck?.disable && Array.isArray(test) && test.length > 1 && test[0] !== 'NONE' }).toEqual({ name, healthcheck: true });
    }
    // A hub service's probe asks its own HTTP_PORT (read in the container, not interpolated by compose).
    for (const [name, service] of hubServices) expect({ name, probe: service.healthcheck?.test?.toString() }).toEqual({ name, probe: expect.stringContaining('process.env.HTTP_PORT') });
  });

  it('names no secret literally, except demo values marked as such', () => {
    const secretName = /PASSWORD|SECRET|TOKEN|API_?KEY|CREDENTIAL|PRIVATE/i;
    const secretValue = /whsec_|rmahub_|-----BEGIN/;
    const findings: string[] = [];
    for (const [name, service] of services) {
      for (const [variable, value] of Object.entries(environmentOf(service))) {
        const text = literal(value);
        const urlPassword = /:\/\/[^/\s:@]+:([^@\s]+)@/.exec(value)?.[1];
        const secrets = [
          ...(secretName.test(variable) || secretValue.test(text) ? [text] : []),
          ...(urlPassword !== undefined ? [literal(urlPassword)] : []),
        ];
        for (const secret of secrets) if (secret !== '' && !/demo/i.test(secret)) findings.push(`${name}.${variable}`);
      }
    }
    expect(findings).toEqual([]);
    // A secret a user puts in .env beside the compose file never reaches the image.
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['.env', 'node_modules', '.git']));
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages(read('Dockerfile'));
  const final = stages.at(-1)!;

  it('runs its final stage as a non-root user', () => {
    expect(stages.length).toBeGreaterThan(1);
    const user = final.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0', 'root:root', 'root:0', '0:root']).not.toContain(user);
  });

  it('installs exactly the committed lock and generates the Prisma client', () => {
    const runs = stages.flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args));
    expect(runs).toEqual(expect.arrayContaining([expect.stringMatching(/^npm ci\b/), expect.stringContaining('prisma:generate')]));
    expect(packageJson.scripts['prisma:generate']).toBeDefined();
  });

  it('builds the web workspace the gateway serves at /app into the final stage', () => {
    const build = stages.find((stage) => stage.instructions.some((instruction) => instruction.keyword === 'RUN' && instruction.args.includes('web:build')));
    expect(build).toBeDefined();
    expect(packageJson.scripts['web:build']).toContain('apps/web/vite.config.ts');
    const name = /\bAS\s+(\S+)$/i.exec(build!.from)?.[1];
    const copies = final.instructions.filter((instruction) => instruction.keyword === 'COPY').map((instruction) => instruction.args);
    expect(copies).toContain(`--from=${name} /app/apps/web/dist ./apps/web/dist`);
  });

  it('sets only variables some service reads, and runs an existing entry point by default', () => {
    const known = new Set([...CONFIG_VARIABLES, ...PORTAL_SIM_VARIABLES, 'NODE_OPTIONS']);
    const env = final.instructions.filter((instruction) => instruction.keyword === 'ENV').flatMap((instruction) => [...instruction.args.matchAll(/([A-Z_][A-Z0-9_]*)=/g)].map((match) => match[1]!));
    expect(env.length).toBeGreaterThan(0);
    expect(env.filter((name) => !known.has(name))).toEqual([]);
    const cmd = JSON.parse(final.instructions.filter((instruction) => instruction.keyword === 'CMD').at(-1)!.args) as string[];
    const file = cmd.find((arg) => arg.endsWith('.ts'))!;
    expect(existsSync(path.join(ROOT, file))).toBe(true);
  });
});

describe('deploy/prometheus.yml', () => {
  const prometheus = parse(read('deploy/prometheus.yml')) as PrometheusConfig;
  const targets = prometheus.scrape_configs.flatMap((job) =>
    (job.static_configs ?? []).flatMap((config) => config.targets.map((target) => ({ target, path: job.metrics_path ?? '/metrics' }))),
  );

  it('is the file the prometheus service mounts', () => {
    const service = services.find(([, candidate]) => candidate.image?.startsWith('prom/prometheus'));
    expect(service).toBeDefined();
    expect(service![1].volumes).toEqual(expect.arrayContaining([expect.stringMatching(/^\.\/deploy\/prometheus\.yml:\/etc\/prometheus\/prometheus\.yml(:ro)?$/)]));
  });

  it("scrapes /metrics on every hub service's HTTP_PORT", () => {
    for (const [name, service] of hubServices) {
      expect({ name, scraped: targets.some((target) => target.target === `${name}:${httpPortOf(service)}` && target.path === '/metrics') }).toEqual({ name, scraped: true });
    }
  });

  it('scrapes only compose services (or itself)', () => {
    for (const { target } of targets) {
      const host = target.split(':')[0]!;
      expect({ target, known: host in compose.services || host === '127.0.0.1' || host === 'localhost' }).toEqual({ target, known: true });
    }
  });
});
