import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { EXPORT_FORMAT_VERSION } from '../../src/transfer/export-format.ts';
import { NOT_EXPORTED, RECORD_KINDS } from '../../src/transfer/record-kinds.ts';

const doc = readFileSync(new URL('../../docs/export-format.md', import.meta.url), 'utf8');

it('documents the current format version, every kind with its fields in order, and every table left out', () => {
  assert.match(doc, new RegExp(`^# Dateline export format, version ${EXPORT_FORMAT_VERSION}$`, 'm'));
  for (const [i, kind] of RECORD_KINDS.entries()) {
    const row = doc.split('\n').find((l) => l.startsWith(`| ${i + 1} | \`${kind.kind}\` | \`${kind.table}\` |`));
    assert.ok(row, `kind ${kind.kind} is row ${i + 1} of the table`);
    const documented = [...row.matchAll(/`(\w+)` (?:int|num|str|time|bool|json)\b/g)].map((m) => m[1]);
    assert.deepEqual(documented, kind.fields.map((f) => f.name), kind.kind);
    for (const column of Object.keys(kind.omitted ?? {})) assert.ok(doc.includes(`\`${kind.kind}\` leaves out \`${column}\``), `${kind.kind}.${column}`);
  }
  for (const table of Object.keys(NOT_EXPORTED)) assert.ok(doc.includes(`\`${table}\``), table);
});
