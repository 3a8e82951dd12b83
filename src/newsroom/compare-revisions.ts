import { diffRevisions, type RevisionDiff } from '../domain/revision-diff.ts';
import { DatelineError } from '../errors.ts';
import type { Executor } from '../store/database.ts';
import { findRevision } from '../store/repositories/revision-lookup-repository.ts';

/** What changed between two saved revisions of a story, field by field and paragraph by paragraph. */
export async function compareRevisions(db: Executor, articleId: number, from: number, to: number): Promise<RevisionDiff> {
  const [a, b] = await Promise.all([findRevision(db, articleId, from), findRevision(db, articleId, to)]);
  if (!a) throw new DatelineError('not-found', `story ${articleId} has no revision ${from}`);
  if (!b) throw new DatelineError('not-found', `story ${articleId} has no revision ${to}`);
  return diffRevisions(a, b);
}
