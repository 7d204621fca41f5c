import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from '@rma-hub/openapi';
import { apiAs, DEMO_CLAIM, eventually, freePort, startServiceProcess, useTestHub } from '@rma-hub/testing';
import { OpenApiContract } from '../harness/openapi-contract';

/**
 * Every route a Fastify instance serves, as "METHOD /path/{param}", read from its route tree
 * (printRoutes with commonPrefix: false prints one path segment chain per line, with its methods).
 */
function routesOf(app: NestFastifyApplication): string[] {
  const tree = app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const ancestors: string[] = [];
  const routes = new Set<string>();
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    ancestors.length = match[1]!.length / 4;
    ancestors.push(match[2]!);
    const path = ancestors.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of match[3]?.split(', ') ?? []) routes.add(`${method} ${path}`);
  }
  // Fastify answers HEAD on every GET route by itself; the document describes the GET.
  return [...routes].filter((route) => !(route.startsWith('HEAD ') && routes.has(route.replace(/^HEAD/, 'GET'))));
}

function documentedOperations(): string[] {
  return Object.entries(buildOpenApiDocument().paths ?? {}).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
}

describe('the OpenAPI document against the running gateway and webhook receiver', () => {
  const testHub = useTestHub();

  it('documents every route the hub serves, with its method, and the hub serves every API route documented', () => {
    const registered = routesOf(testHub().demo.hub.app as NestFastifyApplication);
    const documented = documentedOperations();
    expect(registered).toEqual(expect.arrayContaining(['POST /v1/claims', 'POST /v1/webhooks/{manufacturer}', 'GET /docs/openapi.json']));
    expect(registered.filter((route) => !documented.includes(route))).toEqual([]);
    const api = documented.filter((operation) => /^\w+ \/(v1|docs)\b/.test(operation));
    expect(api.filter((operation) => !registered.includes(operation))).toEqual([]);
  });

  it('serves the document for machines at /docs/openapi.json', async () => {
    const response = await fetch(`${testHub().url}/docs/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('shows it to people at /docs, with a script the hub serves itself (no CDN)', async () => {
    const page = await fetch(`${testHub().url}/docs`);
    expect(page.status).toBe(200);
    expect(page.url).toBe(`${testHub().url}/docs/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<title>rma-hub API</title>');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(['js/scalar.js']);
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(new URL(scripts[0]!, page.url));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });

  it('is served by the webhook receiver running alone as well', async () => {
    const port = await freePort();
    const webhooks = startServiceProcess('webhooks', { ...testHub().serviceEnv, HTTP_PORT: String(port) });
    try {
      const response = await eventually(() => fetch(`http://127.0.0.1:${port}/docs/openapi.json`), { timeoutMs: 60_000, intervalMs: 250 });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
    } finally {
      await webhooks.kill();
    }
  });

  it('is what the end-to-end client holds every answer to, and an answer it does not describe fails', async () => {
    const created = await apiAs(testHub().url, testHub().keyOf('reseller-alpha')).post('/v1/claims', { ...DEMO_CLAIM, reference: 'OPENAPI-1', lines: [{ serial: 'OPENAPI-SN-1', model: 'U6-Pro' }] });
    expect(created.status).toBe(201);
    const contract = new OpenApiContract();
    const answer = { method: 'GET', url: `/v1/claims/${created.body.id}`, status: 200, contentType: 'application/json; charset=utf-8', body: created.body };
    expect(() => contract.check(answer)).not.toThrow();
    expect(() => contract.check({ ...answer, body: { ...created.body, status: 'lost' } })).toThrow(/GET \/v1\/claims\/\{id\} 200 in the OpenAPI document:\n  \/status must be equal to one of the allowed values/);
    expect(() => contract.check({ ...answer, body: { ...created.body, secret: 'x' } })).toThrow(/must NOT have additional properties \{"additionalProperty":"secret"\}/);
    expect(() => contract.check({ ...answer, status: 418 })).toThrow('GET /v1/claims/' + created.body.id + ' answered 418, which the OpenAPI document does not list for GET /v1/claims/{id}');
    expect(() => contract.check({ ...answer, contentType: 'text/html' })).toThrow(/answered 200 as text\/html; the document has application\/json/);
    const forbidden = { type: 't', title: 'x', status: 404, code: 'CLAIM.ACTION_FORBIDDEN' };
    expect(() => contract.check({ ...answer, status: 404, contentType: 'application/problem+json', body: forbidden })).toThrow(/\/code must be equal to one of the allowed values/);
    expect(() => contract.check({ ...answer, url: '/v1/claimz' })).toThrow('GET /v1/claimz: no such operation in the OpenAPI document');
  });
});
