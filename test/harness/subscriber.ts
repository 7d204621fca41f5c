import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  id: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A party's webhook endpoint for the file's tests, listening from before them until after: it can
 * be down (503) or up, and keeps what it accepted, in arrival order.
 */
export function useSubscriber(options: { up?: boolean } = {}) {
  let up = options.up ?? true;
  const received: ReceivedWebhook[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (!up) return void response.writeHead(503).end();
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      received.push({ id: headers['webhook-id']!, headers, body });
      response.writeHead(204).end();
    });
  });
  return { received, setUp: (value: boolean) => (up = value), url: serveDuringTests(server, '/hooks/rma') };
}

/**
 * A webhook endpoint that answers 200 at once and then dribbles its body for ever, so an exchange
 * with it ends only when the caller gives up. It counts the requests it has open at once.
 */
export function useStallingSubscriber() {
  const received: string[] = [];
  const counts = { open: 0, mostOpenAtOnce: 0 };
  const server: Server = createServer((request, response) => {
    received.push(String(request.headers['webhook-id']));
    counts.mostOpenAtOnce = Math.max(counts.mostOpenAtOnce, ++counts.open);
    response.writeHead(200, { 'content-type': 'text/plain' });
    const dribble = setInterval(() => response.write('.'), 100);
    response.on('close', () => {
      clearInterval(dribble);
      counts.open--;
    });
  });
  return { received, counts, url: serveDuringTests(server, '/hooks/slow') };
}

/** Listens on a loopback port from before the file's tests until after them; gives the URL of `path` on it. */
function serveDuringTests(server: Server, path: string): () => string {
  let url: string | undefined;
  beforeAll(async () => {
    url = await new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`)));
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return () => {
    if (!url) throw new Error('the subscriber is not listening yet');
    return url;
  };
}
