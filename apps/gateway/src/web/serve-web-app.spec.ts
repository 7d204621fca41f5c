import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serveWebApp } from './serve-web-app';

describe('serving the web workspace at /app', () => {
  let dir: string;
  let server: FastifyInstance;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
    server = Fastify();
    serveWebApp(server, dir);
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const build = () => {
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(dir, 'assets/index-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  };

  it('answers a 503 page naming npm run web:build before the app is built', async () => {
    const response = await server.inject('/app/claims');
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('npm run web:build');
  });

  it('sends index.html for /app and any page path, revalidated, with the page’s security headers', async () => {
    build();
    // /app/assets/ is a directory, which @fastify/static refuses (403): still a page of the app.
    for (const url of ['/app', '/app/', '/app/claims/new', '/app/claims/0b6f3c1e-0000-4000-8000-000000000000?x=1', '/app/assets/']) {
      const response = await server.inject(url);
      expect([url, response.statusCode, response.body]).toEqual([url, 200, '<!doctype html><title>app</title>']);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    }
  });

  it('sends hashed assets with a year-long immutable cache and other files revalidated, each with its type', async () => {
    build();
    const script = await server.inject('/app/assets/index-abc123.js');
    expect([script.statusCode, script.headers['content-type'], script.headers['cache-control'], script.body]).toEqual([200, 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'console.log(1)']);
    const icon = await server.inject('/app/favicon.svg');
    expect([icon.statusCode, icon.headers['content-type'], icon.headers['cache-control']]).toEqual([200, 'image/svg+xml', 'no-cache']);
  });

  it('answers 404 for a missing file and for any path out of the build directory', async () => {
    build();
    writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
    for (const url of ['/app/assets/missing.js', `/app/..%2F${path.basename(dir)}-secret.txt`]) {
      const response = await server.inject(url);
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.body).not.toContain('secret');
    }
    rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`));
  });
});
