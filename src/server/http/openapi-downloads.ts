import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

/**
 * A file download is declared as `{ description, headers, content: { '<media type>': { schema } } }` so the
 * OpenAPI document names the file's media type and its Content-Disposition header. The zod transform keeps
 * description and content but drops `headers`: this puts them back.
 */
export const transformWithDownloadHeaders: Transform = (document) => {
  const transformed = jsonSchemaTransform(document);
  const original = document.schema?.response as Record<string, unknown> | undefined;
  const response = (transformed.schema as { response?: Record<string, Record<string, unknown>> }).response;
  if (!original || !response) return transformed;
  for (const [status, spec] of Object.entries(original)) {
    const headers = spec !== null && typeof spec === 'object' && 'content' in spec && 'headers' in spec;
    const target = response[status];
    if (headers && target) target.headers = (spec as { headers: unknown }).headers;
  }
  return transformed;
};

/** The declaration of a file download for a route's `response`. */
export function download(mediaType: string, schema: unknown, description: string) {
  return {
    description,
    headers: {
      'Content-Disposition': {
        type: 'string',
        description: 'attachment; filename="…" — browsers save the answer as a file',
      },
    },
    content: { [mediaType]: { schema } },
  };
}
