import { type DiffLine, diffLines } from './text-diff.ts';

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface RevisionDiff {
  readonly fromRevision: number;
  readonly toRevision: number;
  /** Every field whose value differs, body included. */
  readonly changes: readonly FieldChange[];
  /** The body compared paragraph by paragraph; empty when the body did not change. */
  readonly body: readonly DiffLine[];
}

/** Bookkeeping that changes on every save and says nothing about the story. */
const IGNORED = new Set(['revision', 'editedAt']);

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** Compares two revision snapshots (see newsroom/revision-snapshot.ts). */
export function diffRevisions(
  from: { readonly revision: number; readonly snapshot: Readonly<Record<string, unknown>> },
  to: { readonly revision: number; readonly snapshot: Readonly<Record<string, unknown>> },
): RevisionDiff {
  const fields = [...new Set([...Object.keys(from.snapshot), ...Object.keys(to.snapshot)])].filter((f) => !IGNORED.has(f)).sort();
  const changes = fields
    .filter((f) => !same(from.snapshot[f], to.snapshot[f]))
    .map((field) => Object.freeze({ field, before: from.snapshot[field] ?? null, after: to.snapshot[field] ?? null }));
  const beforeBody = String(from.snapshot.bodyHtml ?? '');
  const afterBody = String(to.snapshot.bodyHtml ?? '');
  return Object.freeze({
    fromRevision: from.revision,
    toRevision: to.revision,
    changes: Object.freeze(changes),
    body: beforeBody === afterBody ? [] : diffLines(beforeBody, afterBody),
  });
}
