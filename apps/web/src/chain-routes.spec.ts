import { describe, expect, it } from '@jest/globals';
import { hrefOf, parseRoute } from './router';

describe('the distributor’s and manufacturer’s routes', () => {
  const jobId = '0b0c5d9e-5a43-4d4e-9b5f-1f2a3b4c5d6e';

  it('parses each page and writes it back to the same path', () => {
    for (const [path, route] of [
      ['/app/review', { page: 'review' }],
      ['/app/inbox', { page: 'inbox' }],
      ['/app/bulk', { page: 'bulk-jobs' }],
      ['/app/bulk/new', { page: 'bulk-upload' }],
      ['/app/serials/U6-1234', { page: 'serial', serial: 'U6-1234' }],
      ['/app/serials/A%2FB%20C', { page: 'serial', serial: 'A/B C' }],
      [`/app/bulk/${jobId}`, { page: 'bulk-job', id: jobId }],
    ] as const) {
      expect(parseRoute(path)).toEqual(route);
      expect(hrefOf(route)).toBe(path);
    }
  });

  it('falls back to the claims list for a job path that is not a job id', () => {
    expect(parseRoute('/app/bulk/not-a-job')).toEqual({ page: 'claims' });
    expect(parseRoute('/app/reviews')).toEqual({ page: 'claims' });
  });
});
