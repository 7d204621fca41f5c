import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run web:build` writes the web workspace. */
export const WEB_APP_DIST = path.resolve(__dirname, '../../../web/dist');

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
 * What `/app…` answers when no file of the build does: a path naming a file (it has an extension)
 * is a 404, any other path is a page of the app and gets index.html.
 */
function sendPageOrNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const pathname = request.url.split('?')[0] ?? '';
  if (path.posix.extname(pathname) !== '') {
    return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found');
  }
  return reply.code(200).sendFile('index.html');
}

/**
 * Serves the built app in `dist` at `/app` (GET /app, /app/ and /app/*) through @fastify/static: a
 * file that exists is sent (hashed files under assets/ with a year-long immutable cache, the rest
 * revalidated); anything else is a page of the app or a 404 (sendPageOrNotFound). Without a build
 * the answer is a 503 page saying how to build it; the check is per request, so a build made while
 * the gateway runs is served at the next reload.
 */
export function serveWebApp(fastify: FastifyInstance, dist: string): void {
  const index = path.join(dist, 'index.html');
  const assets = path.join(dist, 'assets') + path.sep;
  void fastify.register(
    async (app) => {
      app.setNotFoundHandler(sendPageOrNotFound);
      // A path @fastify/static refuses (non-canonical, a directory) is answered as one with no file.
      app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => (error.statusCode === 403 ? sendPageOrNotFound(request, reply) : reply.send(error)));
      app.addHook('onRequest', async (_request, reply) => {
        reply.headers(SECURITY_HEADERS);
        if (!(await isFile(index))) return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
      });
      await app.register(fastifyStatic, {
        root: dist,
        index: false,
        cacheControl: false,
        suppressWarning: true,
        setHeaders: (reply, file) => reply.header('cache-control', file.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      });
      // Under the '/app' prefix, '/' is both /app and /app/.
      app.get('/', (_request, reply) => reply.sendFile('index.html'));
    },
    { prefix: '/app' },
  );
}
