export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing cannot be used to tie up the server. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Why a chosen password is refused, or null when it is fine. Length is what
 * counts (NIST SP 800-63B); composition rules only make people predictable.
 */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `a password needs at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `a password may have at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size < 4) return 'a password needs more than three different characters';
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.split('@')[0].toLowerCase()) return 'a password may not be the email address';
  return null;
}
