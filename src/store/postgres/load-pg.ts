import type pg from 'pg';
import { lazyPackage } from '../../lazy-package.ts';

/** The PostgreSQL client, loaded when a PostgreSQL store or relay is first opened. */
export const loadPg: () => Promise<typeof pg> = lazyPackage(async () => (await import('pg')).default);
