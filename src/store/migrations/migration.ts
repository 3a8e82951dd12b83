import type { Kysely } from 'kysely';
import type { StoreDialect } from '../store-dialect.ts';

/** One schema step, written once for both dialects through the dialect's named types. */
export interface Migration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}
