import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { NinjsFormat } from './parse-ninjs.ts';

/**
 * Checks ninjs documents against IPTC's published JSON schemas. Real feeds
 * break the schemas (AP adds fields, Superdesk writes `guid`), so violations
 * are reported for the record, never used to reject an item.
 */
export interface NinjsSchemaValidator {
  /** Violations as "path: message" lines; empty when valid or when no schema covers the branch. */
  validate(doc: unknown, format: NinjsFormat): readonly string[];
  /** The ninjs major versions a schema was loaded for, e.g. [1, 2, 3]. */
  readonly majors: readonly number[];
}

/** Enough violations to act on; a document that breaks more says so. */
const MAX_VIOLATIONS = 20;

/**
 * The 2.x schemas `$ref` the GeoJSON schema by URL. Nothing is fetched at
 * validation time, so a small stand-in takes its place: an object with a
 * GeoJSON `type`, the rest left to the provider.
 */
const GEOJSON_STAND_IN: AnySchemaObject = {
  type: 'object',
  required: ['type'],
  properties: {
    type: {
      enum: [
        'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon',
        'GeometryCollection', 'Feature', 'FeatureCollection',
      ],
    },
  },
};
const GEOJSON_ID = 'https://geojson.org/schema/GeoJSON.json';

// ajv-formats is CommonJS; depending on the loader its plugin is the module or its default.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
  addFormatsPlugin) as unknown as (ajv: Ajv | Ajv2020) => void;

/**
 * Compiles the given ninjs schemas (1.x draft-07, 2.x/3.x draft 2020-12).
 * When several schemas share a major version the newest minor wins; minor
 * versions within a branch are backward compatible.
 */
export function createNinjsSchemaValidator(schemas: readonly AnySchemaObject[]): NinjsSchemaValidator {
  const newest = new Map<number, { minor: number; schema: AnySchemaObject }>();
  for (const schema of schemas) {
    const version = schemaVersion(schema);
    if (!version) throw new Error(`not a ninjs schema (no "ninjs-schema_X.Y" in its $id): ${String(schema.$id)}`);
    const current = newest.get(version.major);
    if (!current || version.minor > current.minor) newest.set(version.major, { minor: version.minor, schema });
  }
  const validators = new Map<number, ValidateFunction>();
  for (const [major, { schema }] of newest) validators.set(major, compile(schema));
  return {
    majors: [...validators.keys()].sort(),
    validate(doc, format) {
      const validator = validators.get(Number(format.slice('ninjs-'.length)));
      if (!validator || validator(doc)) return [];
      const violations = (validator.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
      const unique = [...new Set(violations)];
      return unique.length > MAX_VIOLATIONS
        ? [...unique.slice(0, MAX_VIOLATIONS), `... and ${unique.length - MAX_VIOLATIONS} more`]
        : unique;
    },
  };
}

/**
 * Loads every `ninjs-schema_X.Y.json` in a directory. Returns null when the
 * directory does not exist or holds no schema, so validation stays optional
 * on machines without the schemas; a schema file that cannot be read or
 * compiled is a configuration error and throws.
 */
export async function loadNinjsSchemaValidator(dir: string): Promise<NinjsSchemaValidator | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
  const files = names.filter((name) => /^ninjs-schema_\d+\.\d+\.json$/.test(name)).sort();
  if (files.length === 0) return null;
  const schemas = await Promise.all(
    files.map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      try {
        return JSON.parse(text) as AnySchemaObject;
      } catch (error) {
        throw new Error(`ninjs schema ${join(dir, name)} is not valid JSON: ${(error as Error).message}`);
      }
    }),
  );
  return createNinjsSchemaValidator(schemas);
}

function compile(schema: AnySchemaObject): ValidateFunction {
  const options = { strict: false, allErrors: true, validateFormats: true };
  const ajv = /2020-12/.test(String(schema.$schema ?? '')) ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  ajv.addSchema(GEOJSON_STAND_IN, GEOJSON_ID);
  return ajv.compile(schema);
}

function schemaVersion(schema: AnySchemaObject): { major: number; minor: number } | null {
  const m = /ninjs-schema_(\d+)\.(\d+)\.json/.exec(String(schema.$id ?? ''));
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}
