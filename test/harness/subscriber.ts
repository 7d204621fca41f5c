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
  let url: string | undefined;
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
  beforeAll(async () => {
    url = await new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rma`)));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    received,
    setUp: (value: boolean) => (up = value),
    url: () => {
      if (!url) throw new Error('the subscriber is not listening yet');
      return url;
    },
  };
}
