/*
 * ajv is not installed, so this is a small validator for exactly the JSON Schema subset our
 * OpenAPI document uses. It refuses schemas with any other validation keyword, so a schema
 * cannot pass by using a keyword the validator silently ignores.
 */

export type Schema = Record<string, unknown>;
export const VALIDATING = new Set(["type", "properties", "required", "additionalProperties", "items", "enum", "oneOf", "$ref", "minimum"]);
export const ANNOTATIONS = new Set(["description", "format", "discriminator"]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** A validator over the components.schemas of an OpenAPI document. */
export function schemaValidator(schemas: Record<string, Schema>) {
  function resolve(ref: string): Schema {
    const name = /^#\/components\/schemas\/(\w+)$/.exec(ref)?.[1];
    const schema = name ? schemas[name] : undefined;
    if (!schema) throw new Error(`Unresolvable $ref ${ref}`);
    return schema;
  }

  /** Error messages for `value` against `schema`; [] when it is valid. */
  function validate(value: unknown, schema: Schema, path = "$"): string[] {
    for (const key of Object.keys(schema)) if (!VALIDATING.has(key) && !ANNOTATIONS.has(key)) throw new Error(`Unsupported keyword ${key} at ${path}`);
    if (typeof schema.$ref === "string") return validate(value, resolve(schema.$ref), path);
    const errors: string[] = [];
    if (schema.type !== undefined) {
      const types = [schema.type].flat() as string[];
      const actual = typeOf(value);
      if (!types.includes(actual) && !(actual === "integer" && types.includes("number"))) return [`${path}: ${actual} is not ${types.join("|")}`];
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
    if (typeof schema.minimum === "number" && typeof value === "number" && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (Array.isArray(schema.oneOf)) {
      const matches = (schema.oneOf as Schema[]).filter((s) => validate(value, s, path).length === 0).length;
      if (matches !== 1) errors.push(`${path}: matches ${matches} of oneOf, not exactly one`);
    }
    if (Array.isArray(value) && schema.items) value.forEach((item, i) => errors.push(...validate(item, schema.items as Schema, `${path}[${i}]`)));
    if (typeOf(value) === "object") {
      const object = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required ?? []) as string[]) if (!(key in object)) errors.push(`${path}.${key}: missing`);
      for (const [key, v] of Object.entries(object)) {
        if (properties[key]) errors.push(...validate(v, properties[key], `${path}.${key}`));
        else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      }
    }
    return errors;
  }

  return { resolve, validate };
}
