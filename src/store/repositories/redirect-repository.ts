import type { Executor } from '../database.ts';

export async function findRedirect(db: Executor, fromPath: string): Promise<string | null> {
  const r = await db.selectFrom('redirects').select('to_path').where('from_path', '=', fromPath).executeTakeFirst();
  return r ? r.to_path : null;
}

/**
 * Records old → new, and repoints older redirects at the new path so that a
 * chain of renames never costs readers more than one hop.
 */
export async function upsertRedirect(db: Executor, fromPath: string, toPath: string, now: Date): Promise<void> {
  if (fromPath === toPath) return;
  await db.deleteFrom('redirects').where('from_path', '=', toPath).execute();
  await db.updateTable('redirects').set({ to_path: toPath }).where('to_path', '=', fromPath).execute();
  await db
    .insertInto('redirects')
    .values({ from_path: fromPath, to_path: toPath, created_at: now.getTime() })
    .onConflict((oc) => oc.column('from_path').doUpdateSet({ to_path: toPath, created_at: now.getTime() }))
    .execute();
}
