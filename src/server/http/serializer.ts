import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Responses are written by fast-json-stringify from the JSON Schema of each route's zod response
 * schema: it writes only the declared fields (nothing leaks that a schema does not name) and is
 * several times faster than validating every response with zod (bench/http-organizations.ts).
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  // Compiled on the route's first response: start-up need not pay for about 150 routes (bench/startup.ts).
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => {
    serialize ??= fastJson(toJsonSchema(schema) as Parameters<typeof fastJson>[0]);
    return serialize(data);
  };
};

function toJsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      // Dates leave as ISO 8601 strings; fast-json-stringify formats Date objects for date-time.
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  });
}
