import { sql } from 'kysely';
import type { Store } from '../../../src/store/store.ts';

/**
 * Makes the store fail on the receipt, the last write of an item, for
 * guids containing "boom": everything the item wrote before it (section,
 * story, tags, revision, search entry, wire state) must vanish with it.
 */
export async function failReceiptsFor(store: Store): Promise<() => Promise<void>> {
  if (store.dialect.name === 'sqlite') {
    await sql`create trigger wire_receipts_boom before insert on wire_receipts when new.guid like '%boom%'
      begin select raise(abort, 'injected failure'); end`.execute(store.db);
    return async () => void (await sql`drop trigger wire_receipts_boom`.execute(store.db));
  }
  await sql`create function wire_receipts_boom() returns trigger language plpgsql as $$
    begin if new.guid like '%boom%' then raise exception 'injected failure'; end if; return new; end $$`.execute(store.db);
  await sql`create trigger wire_receipts_boom before insert on wire_receipts for each row execute function wire_receipts_boom()`.execute(store.db);
  return async () => {
    await sql`drop trigger wire_receipts_boom on wire_receipts`.execute(store.db);
    await sql`drop function wire_receipts_boom()`.execute(store.db);
  };
}
