import assert from 'node:assert/strict';
import { it } from 'node:test';
import { NOT_EXPORTED, RECORD_KINDS } from '../../src/transfer/record-kinds.ts';
import { describeEachStore } from '../support/test-stores.ts';

/** The catalogue of record kinds must keep up with the schema: a new table or column fails here until it is placed. */
describeEachStore('export record kinds', (getStore) => {
  const tables = async () => {
    const store = getStore();
    const all = await store.db.introspection.getTables({ withInternalKyselyTables: true });
    return all.filter((t) => !t.isView && (store.schema === undefined || t.schema === store.schema) && !t.name.startsWith('search_index') && !t.name.startsWith('sqlite_'));
  };

  it('exports every table or says why not', async () => {
    const names = (await tables()).map((t) => t.name).sort();
    const placed = [...RECORD_KINDS.map((k) => k.table), ...Object.keys(NOT_EXPORTED)].sort();
    assert.deepEqual(names, placed);
  });

  it('exports every column of an exported table or says why not', async () => {
    for (const t of await tables()) {
      const kind = RECORD_KINDS.find((k) => k.table === t.name);
      if (!kind) continue;
      const columns = t.columns.map((c) => c.name).sort();
      const placed = [...kind.fields.map((f) => f.column), ...Object.keys(kind.omitted ?? {})].sort();
      assert.deepEqual(columns, placed, t.name);
    }
  });

  it('names each kind once, with unique field names', () => {
    assert.equal(new Set(RECORD_KINDS.map((k) => k.kind)).size, RECORD_KINDS.length);
    for (const k of RECORD_KINDS) assert.equal(new Set(k.fields.map((f) => f.name)).size, k.fields.length, k.kind);
  });
});
