import { sql } from 'kysely';
import type { Executor } from '../store/database.ts';
import type { JsonValue } from './field-codec.ts';
import type { RecordKind } from './record-kinds.ts';
import type { TransferDialect } from './transfer-dialect.ts';

const PAGE = 1000;

/** Every row of a kind as export records, in its stable order, a page at a time. */
export async function* readKindRecords(db: Executor, kind: RecordKind, dialect: TransferDialect): AsyncGenerator<Record<string, JsonValue>> {
  const columns = [...new Set([...kind.fields.map((f) => f.column), ...kind.order])];
  const isText = (column: string) => kind.fields.some((f) => f.column === column && f.codec.name === 'text');
  const order = sql.join(kind.order.map((c) => dialect.orderBy(c, isText(c))));
  for (let offset = 0; ; offset += PAGE) {
    const rows = await sql<Record<string, unknown>>`
      select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(kind.table)} order by ${order} limit ${PAGE} offset ${offset}
    `.execute(db);
    for (const row of rows.rows) {
      const record: Record<string, JsonValue> = {};
      for (const field of kind.fields) record[field.name] = field.codec.encode(row[field.column]);
      yield record;
    }
    if (rows.rows.length < PAGE) return;
  }
}

export async function countKindRows(db: Executor, kind: RecordKind): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(kind.table)}`.execute(db);
  return Number(r.rows[0].n);
}
