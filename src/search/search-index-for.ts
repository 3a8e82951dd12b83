import type { StoreDialect } from '../store/store-dialect.ts';
import { postgresSearchIndex } from './postgres-search-index.ts';
import type { SearchIndex } from './search-index.ts';
import { sqliteSearchIndex } from './sqlite-search-index.ts';

const INDEXES: Readonly<Record<StoreDialect['name'], SearchIndex>> = { sqlite: sqliteSearchIndex, postgres: postgresSearchIndex };

export function searchIndexFor(dialect: Pick<StoreDialect, 'name'>): SearchIndex {
  return INDEXES[dialect.name];
}
