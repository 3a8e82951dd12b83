import type { Author } from '../domain/taxonomy.ts';
import { plainText } from '../domain/sanitize-html.ts';
import { slugify } from '../domain/slug.ts';
import type { Executor } from '../store/database.ts';
import { findAuthorBySlug, insertAuthor } from '../store/repositories/author-repository.ts';
import type { WxrAuthor } from './wxr-document.ts';

/**
 * WordPress authors as byline records, keyed by login: made on first use,
 * found again by slug on later runs. E-mail addresses are not kept: an
 * author record is public, and accounts are made separately. An export
 * without its author block still names each post's login; that becomes
 * the name.
 */
export class WxrAuthors {
  private readonly byLogin: ReadonlyMap<string, WxrAuthor>;
  readonly created: string[] = [];

  constructor(authors: readonly WxrAuthor[]) {
    this.byLogin = new Map(authors.map((a) => [a.login, a]));
  }

  async forLogin(db: Executor, login: string): Promise<Author> {
    const known = this.byLogin.get(login);
    const slug = slugify(login, 60);
    const found = await findAuthorBySlug(db, slug);
    if (found) return found;
    const author = await insertAuthor(db, {
      slug,
      name: plainText(known?.displayName ?? login) || login,
      title: null,
      bio: known?.description ? plainText(known.description) || null : null,
    });
    this.created.push(slug);
    return author;
  }
}
