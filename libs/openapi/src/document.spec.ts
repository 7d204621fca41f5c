import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { PORTAL_CONTRACTS } from '@rma-hub/portals';
import { buildOpenApiDocument } from './document';
import { PORTAL_WEBHOOK_BODIES } from './paths/webhooks';
import { PROBLEM_CODES, type ProblemCode } from './problem-codes';

const ROOT = path.resolve(__dirname, '../../..');
/** The code that answers HTTP: the two apps the document describes, and the platform's problem mapping. */
const HTTP_SOURCES = ['apps/gateway/src', 'apps/webhooks/src', 'libs/platform/src'];

function sources(): { file: string; text: string }[] {
  return HTTP_SOURCES.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.includes('.spec.') && !file.includes('-spec.'))
      .map((file) => ({ file: path.join(dir, file), text: readFileSync(path.join(ROOT, dir, file), 'utf8') })),
  );
}

/** Every problem code some operation of the document lists, with the status it lists it under. */
function documentedCodes(): Map<string, Set<number>> {
  const codes = new Map<string, Set<number>>();
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument()));
  for (const item of Object.values<Record<string, { responses: Record<string, { content?: Record<string, { schema: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> }> }>>(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const code of response.content?.['application/problem+json']?.schema.allOf?.[1]?.properties?.code?.enum ?? []) {
          codes.set(code, new Set([...(codes.get(code) ?? []), Number(status)]));
        }
      }
    }
  }
  return codes;
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by an independent validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(buildOpenApiDocument())));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('knows every problem code the HTTP edge raises, with the status it is raised with', () => {
    const raised: { code: string; status: number | undefined; file: string }[] = [];
    for (const { file, text } of sources()) {
      for (const match of text.matchAll(/(?:problem\((\d{3}), )?'([A-Z][A-Z_]*\.[A-Z][A-Z_]*)'/g)) raised.push({ code: match[2]!, status: match[1] ? Number(match[1]) : undefined, file });
      for (const match of text.matchAll(/notFound\('([^']+)'\)/g)) raised.push({ code: `${match[1]!.toUpperCase().replaceAll(' ', '_')}.NOT_FOUND`, status: 404, file });
    }
    expect(raised.length).toBeGreaterThan(30);
    const unknown = raised.filter(({ code, status }) => !(code in PROBLEM_CODES) || (status !== undefined && PROBLEM_CODES[code as ProblemCode].status !== status));
    expect(unknown).toEqual([]);
  });

  it('lists each code on the operations that answer it, under its status; only codes no route answers are left out', () => {
    const documented = documentedCodes();
    for (const [code, statuses] of documented) expect([code, [...statuses]]).toEqual([code, [PROBLEM_CODES[code as ProblemCode].status]]);
    const undocumented = Object.keys(PROBLEM_CODES).filter((code) => !documented.has(code));
    // No route: the unknown route itself; a portal report that does not apply is refused by consumers, never over HTTP.
    expect(undocumented.sort()).toEqual(['CLAIM.REPORT_NOT_APPLICABLE', 'ROUTE.NOT_FOUND']);
  });

  it("describes the webhook body of every portal that sends webhooks", () => {
    const sending = Object.values(PORTAL_CONTRACTS)
      .filter((contract) => contract.parseWebhook)
      .map((contract) => contract.adapter);
    expect(Object.keys(PORTAL_WEBHOOK_BODIES).sort()).toEqual(sending.sort());
  });

  it('asks for the bearer API key everywhere but on the webhooks, probes and documentation', () => {
    const document = buildOpenApiDocument();
    expect(document.components?.securitySchemes?.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ apiKey: [] }]);
    const open = Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([, operation]) => (operation as { security?: unknown[] }).security?.length === 0)
        .map(([method]) => `${method.toUpperCase()} ${route}`),
    );
    expect(open.filter((operation) => operation.includes('/v1/'))).toEqual(['POST /v1/webhooks/{manufacturer}']);
  });
});
