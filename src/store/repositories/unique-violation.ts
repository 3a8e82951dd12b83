/**
 * Whether a driver error is a unique-constraint violation, the same question
 * on both stores: SQLite says SQLITE_CONSTRAINT_UNIQUE (or _PRIMARYKEY),
 * PostgreSQL says SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
