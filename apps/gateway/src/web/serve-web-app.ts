import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyReply } from 'fastify';

/** Where `npm run web:build` writes the web workspace. */
export const WEB_APP_DIST = path.resolve(__dirname, '../../../web/dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page's own origin only: no inline script, no third party; the API is same-origin. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rma-hub web workspace not built</title></head>
<body><h1>The web workspace is not built</h1><p>Run <code>npm run web:build</code> (npm start and npm test run it too), then reload this page.</p></body></html>`;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Answers one `/app…` request from the built app in `dist`. A file that exists is sent (hashed files
 * under assets/ with a year-long immutable cache, the rest revalidated); a path naming a missing file
 * (it has an extension) is a 404; any other path is a page of the app and gets index.html. Without a
 * build the answer is a 503 page saying how to build it.
 */
export async function serveWebApp(dist: string, url: string, reply: FastifyReply): Promise<FastifyReply> {
  reply.headers(SECURITY_HEADERS);
  const index = path.join(dist, 'index.html');
  if (!(await isFile(index))) return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split('?')[0] ?? '/app').replace(/^\/app\/?/, '');
  } catch {
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  }
  const file = path.resolve(dist, pathname);
  const inside = file === dist || file.startsWith(dist + path.sep);
  if (inside && pathname !== '' && (await isFile(file))) {
    const immutable = pathname.startsWith('assets/');
    return reply
      .type(CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream')
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(await readFile(file));
  }
  if (!inside || path.extname(pathname) !== '') {
    return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found');
  }
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(await readFile(index));
}
