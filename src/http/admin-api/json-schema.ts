/**
 * Small builders for the JSON Schemas that both validate requests and
 * describe them in the OpenAPI document, so the two cannot drift apart.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

export const schema = {
  object(properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema {
    return { type: 'object', properties, required: [...required], additionalProperties: false };
  },
  string(options: { min?: number; max?: number; pattern?: string; description?: string } = {}): JsonSchema {
    return {
      type: 'string',
      ...(options.min !== undefined ? { minLength: options.min } : {}),
      maxLength: options.max ?? 1000,
      ...(options.pattern ? { pattern: options.pattern } : {}),
      ...(options.description ? { description: options.description } : {}),
    };
  },
  text(max: number, description?: string): JsonSchema {
    return { type: ['string', 'null'], maxLength: max, ...(description ? { description } : {}) };
  },
  integer(options: { min?: number; max?: number; description?: string } = {}): JsonSchema {
    return { type: 'integer', minimum: options.min ?? 1, maximum: options.max ?? 2_147_483_647, ...(options.description ? { description: options.description } : {}) };
  },
  nullableId(description?: string): JsonSchema {
    return { type: ['integer', 'null'], minimum: 1, maximum: 2_147_483_647, ...(description ? { description } : {}) };
  },
  boolean(description?: string): JsonSchema {
    return { type: 'boolean', ...(description ? { description } : {}) };
  },
  dateTime(description?: string): JsonSchema {
    return { type: 'string', format: 'date-time', ...(description ? { description } : {}) };
  },
  nullableDateTime(description?: string): JsonSchema {
    return { type: ['string', 'null'], format: 'date-time', ...(description ? { description } : {}) };
  },
  array(items: JsonSchema, max = 200): JsonSchema {
    return { type: 'array', items, maxItems: max };
  },
  enum(values: readonly string[], description?: string): JsonSchema {
    return { type: 'string', enum: [...values], ...(description ? { description } : {}) };
  },
  nullable(inner: JsonSchema): JsonSchema {
    return { anyOf: [inner, { type: 'null' }] };
  },
};
