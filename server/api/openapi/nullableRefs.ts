/**
 * zod-to-openapi 9.1 writes `named.nullable()` as `allOf: [{$ref}, {type: [..., 'null']}]` in
 * OpenAPI 3.1: null must still match the referenced object schema, so null never validates
 * (asteasolutions/zod-to-openapi PR #387, open). This rewrites each such schema as `$ref | null`.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isNullableRef(value: {
  [key: string]: Json;
}): value is { allOf: [{ $ref: string }, { type: Json[] }] } {
  const parts = value.allOf;
  if (!Array.isArray(parts) || parts.length !== 2 || Object.keys(value).length !== 1) return false;
  const [target, override] = parts;
  return (
    typeof target === 'object' &&
    target !== null &&
    !Array.isArray(target) &&
    typeof target.$ref === 'string' &&
    Object.keys(target).length === 1 &&
    typeof override === 'object' &&
    override !== null &&
    !Array.isArray(override) &&
    Object.keys(override).length === 1 &&
    Array.isArray(override.type) &&
    override.type.includes('null')
  );
}

export function fixNullableRefs<T>(document: T): T {
  const visit = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    if (isNullableRef(value)) return { anyOf: [value.allOf[0], { type: 'null' }] };
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
  };
  return visit(document as Json) as T;
}
