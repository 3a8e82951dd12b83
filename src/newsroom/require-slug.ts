import { isValidSlug, slugify } from '../domain/slug.ts';
import { DatelineError } from '../errors.ts';
import { collapseWhitespace } from '../domain/collapse-whitespace.ts';

/** The slug asked for, or one made from the name; refused when it is not URL-safe. */
export function requireSlug(wanted: string | undefined, name: string): string {
  const slug = wanted === undefined || wanted === '' ? slugify(name) : wanted;
  if (!isValidSlug(slug)) {
    throw new DatelineError('invalid-input', `"${slug}" is not a valid slug (lower-case letters, digits and single hyphens)`, { details: { field: 'slug' } });
  }
  return slug;
}

export function requireName(raw: string | undefined, field = 'name', max = 200): string {
  const name = collapseWhitespace(raw ?? '');
  if (!name || name.length > max) throw new DatelineError('invalid-input', `${field} must have 1 to ${max} characters`, { details: { field } });
  return name;
}
