import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, buildOpenApiDocument, generateApiTypes } from './api-types';

describe('API documentation', () => {
  it('the committed web client types match the current routes (run `npm run api:types`)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await generateApiTypes());
  });

  it('documents every v1 route with error responses', async () => {
    const document = (await buildOpenApiDocument()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThan(15);
    // Public settings cannot fail on input: the only route without error responses.
    const withoutErrors = new Set(['get /api/v1/config']);
    for (const { path, method, op } of operations.filter(
      (o) => !withoutErrors.has(`${o.method} ${o.path}`),
    )) {
      const statuses = Object.keys(op.responses);
      expect(
        statuses.some((s) => s.startsWith('4')),
        `${method} ${path} documents its errors`,
      ).toBe(true);
    }
  });
});
