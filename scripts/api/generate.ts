import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '@rma-hub/openapi';

/**
 * Writes the OpenAPI document (docs/openapi.json) and the typed client's types generated from it
 * (libs/api-client/src/schema.ts); with --check, fails if either committed file is stale.
 */
const ROOT = path.resolve(__dirname, '../..');
const DOCUMENT = 'docs/openapi.json';
const TYPES = 'libs/api-client/src/schema.ts';
const HEADER = '// Generated from docs/openapi.json by `npm run api:generate` (openapi-typescript); do not edit.\n\n';

async function generate(): Promise<Record<string, string>> {
  const document = buildOpenApiDocument();
  const types = astToString(await openapiTS(JSON.parse(JSON.stringify(document)), { rootTypes: true, rootTypesNoSchemaPrefix: true }));
  return { [DOCUMENT]: `${JSON.stringify(document, null, 2)}\n`, [TYPES]: `${HEADER}${types}` };
}

function current(file: string): string | undefined {
  try {
    return readFileSync(path.join(ROOT, file), 'utf8');
  } catch {
    return undefined;
  }
}

void generate().then((files) => {
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([file, content]) => current(file) !== content);
    if (stale.length > 0) {
      console.error(`${stale.map(([file]) => file).join(' and ')} out of date with the zod schemas: run npm run api:generate`);
      process.exit(1);
    }
    return;
  }
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(ROOT, file), content);
});
