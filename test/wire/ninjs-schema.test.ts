import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadNinjsSchemaValidator, type NinjsSchemaValidator } from '../../src/wire/parse/ninjs-schema.ts';
import { parseOne } from './support/wire-fixtures.ts';

// Small schemas of our own in the published files' shape: the same $id
// naming, draft-07 for 1.x, draft 2020-12 with a GeoJSON $ref for 2.x.
const V1_OLD = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'http://www.iptc.org/std/ninjs/ninjs-schema_1.0.json#',
  type: 'object',
  required: ['uri'],
};
const V1_NEW = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'http://www.iptc.org/std/ninjs/ninjs-schema_1.9.json#',
  type: 'object',
  required: ['uri'],
  properties: {
    uri: { type: 'string', format: 'uri' },
    pubstatus: { enum: ['usable', 'withheld', 'canceled'] },
    headline: { type: 'string' },
  },
  additionalProperties: false,
  patternProperties: { '^body_[a-z]+$': { type: 'string' } },
};
const V2 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.4.json#',
  type: 'object',
  required: ['uri'],
  properties: {
    places: { type: 'array', items: { type: 'object', properties: { geojson: { $ref: 'https://geojson.org/schema/GeoJSON.json#' } } } },
  },
};

describe('loadNinjsSchemaValidator', () => {
  let dir = '';
  let validator: NinjsSchemaValidator | null = null;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ninjs-schemas-'));
    await writeFile(join(dir, 'ninjs-schema_1.0.json'), JSON.stringify(V1_OLD));
    await writeFile(join(dir, 'ninjs-schema_1.9.json'), JSON.stringify(V1_NEW));
    await writeFile(join(dir, 'ninjs-schema_2.4.json'), JSON.stringify(V2));
    await writeFile(join(dir, 'README.md'), 'not a schema');
    validator = await loadNinjsSchemaValidator(dir);
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('loads the newest schema of each major version', () => {
    assert.deepEqual(validator?.majors, [1, 2]);
    assert.deepEqual(validator?.validate({ uri: 'https://a.example/1', extra: true }, 'ninjs-1'), ['/: must NOT have additional properties']);
  });

  test('reports violations as warnings without rejecting the item', () => {
    const { item, warnings } = parseOne(
      JSON.stringify({ uri: 'https://a.example/1', headline: 'Kept', body_text: 'x', byline: 'Not in this schema' }),
      { schemaValidator: validator },
    );
    assert.equal(item.headline, 'Kept');
    assert.deepEqual(warnings, ['schema: /: must NOT have additional properties']);
  });

  test('checks formats', () => {
    assert.deepEqual(validator?.validate({ uri: 'not a uri' }, 'ninjs-1'), ['/uri: must match format "uri"']);
  });

  test('resolves the GeoJSON reference offline through the stand-in', () => {
    const point = { uri: 'https://a.example/2', places: [{ geojson: { type: 'Point', coordinates: [1, 2] } }] };
    const blob = { uri: 'https://a.example/2', places: [{ geojson: { type: 'Blob' } }] };
    assert.deepEqual(validator?.validate(point, 'ninjs-2'), []);
    assert.deepEqual(validator?.validate(blob, 'ninjs-2'), ['/places/0/geojson/type: must be equal to one of the allowed values']);
  });

  test('has nothing to say about a branch it has no schema for', () => {
    assert.deepEqual(validator?.validate({ anything: 1 }, 'ninjs-3'), []);
  });

  test('answers null when the directory is missing or holds no schema', async () => {
    assert.equal(await loadNinjsSchemaValidator(join(dir, 'missing')), null);
    const empty = await mkdtemp(join(tmpdir(), 'ninjs-empty-'));
    try {
      assert.equal(await loadNinjsSchemaValidator(empty), null);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  test('fails loudly on a schema file that is not JSON', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'ninjs-broken-'));
    try {
      await writeFile(join(broken, 'ninjs-schema_1.6.json'), '{ not json');
      await assert.rejects(loadNinjsSchemaValidator(broken), /ninjs-schema_1\.6\.json is not valid JSON/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
