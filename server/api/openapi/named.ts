import { zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';

/**
 * Names one of the contract's own schema objects as a component (`#/components/schemas/<refId>`).
 *
 * The library's `registry.register(refId, schema)` names a clone (`schema.openapi(refId)`) that
 * the contract's other schemas don't contain, so a destination inside the destination list, or a
 * record inside a timeline item, would be written out inline again. Naming the very object makes
 * every use of it, however deep, a `$ref`. zod 4's `.meta({ id })` is not read as a name by
 * zod-to-openapi 9.1 unless `.openapi()` ran first, so the name goes into the library's own
 * registry: a WeakMap beside the schema, which parsing never reads.
 */
export function named<T extends z.ZodType>(refId: string, schema: T, description?: string): T {
  const earlier = zodToOpenAPIRegistry.get(schema);
  zodToOpenAPIRegistry.add(schema, {
    ...earlier,
    ...(description === undefined ? {} : { description }),
    _internal: { ...earlier?._internal, refId },
  });
  return schema;
}

/**
 * A copy of a query parameter's schema carrying its description (zod's `.meta()` returns a new
 * object with the same definition, so it parses exactly as the contract's). `param` puts the
 * words on the parameter, not again on its schema.
 */
export function about<T extends z.ZodType>(schema: T, description: string): T {
  return schema.meta({ param: { description } });
}
