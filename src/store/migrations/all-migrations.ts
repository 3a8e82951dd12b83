import { coreContent } from './001-core-content.ts';
import { accounts } from './002-accounts.ts';
import { search } from './003-search.ts';
import { importLedger } from './004-import-ledger.ts';
import { wireSources } from './005-wire-sources.ts';
import { visibilityIndexes } from './006-visibility-indexes.ts';
import { searchBatches } from './007-search-batches.ts';
import type { Migration } from './migration.ts';

/** Every schema step in order. Append only: a released step is never edited. */
export const ALL_MIGRATIONS: readonly Migration[] = [coreContent, accounts, search, importLedger, wireSources, visibilityIndexes, searchBatches];
