import { randomUUID } from 'node:crypto';
import type { Article } from '../../src/domain/article.ts';
import type { Section } from '../../src/domain/taxonomy.ts';
import type { ArticleFields, CreateArticleOptions } from '../../src/newsroom/article-input.ts';
import { createArticle } from '../../src/newsroom/create-article.ts';
import type { ServiceContext } from '../../src/service-context.ts';
import { findSectionByPath, insertSection } from '../../src/store/repositories/section-repository.ts';

const unique = () => randomUUID().slice(0, 8);

/** A section at `path` (parents created as needed); reuses an existing one. */
export async function makeSection(ctx: ServiceContext, path = `sec-${unique()}`, name?: string): Promise<Section> {
  const found = await findSectionByPath(ctx.store.db, path);
  if (found) return found;
  const parts = path.split('/');
  const parent = parts.length > 1 ? await makeSection(ctx, parts.slice(0, -1).join('/')) : null;
  const slug = parts[parts.length - 1];
  const section = await insertSection(ctx.store.db, { slug, path, name: name ?? slug.replace(/-/g, ' '), parentId: parent?.id ?? null });
  await ctx.bus.publish([{ kind: 'sections.changed', id: section.id, keys: [], at: ctx.now() }]);
  return section;
}

/** A fresh story with its own section unless one is given. */
export async function makeArticle(
  ctx: ServiceContext,
  fields: Partial<ArticleFields> = {},
  options: Partial<CreateArticleOptions> = {},
): Promise<Article> {
  const sectionId = fields.sectionId ?? (await makeSection(ctx)).id;
  return createArticle(
    ctx,
    { headline: `Council approves budget ${unique()}`, bodyHtml: '<p>The council voted 5-2.</p>', ...fields, sectionId },
    { status: 'published', actor: null, ...options },
  );
}
