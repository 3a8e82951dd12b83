import { listAuthors } from '../../../store/repositories/author-repository.ts';
import { defineRoutes } from '../admin-route.ts';

export const authorRoutes = defineRoutes([
  {
    method: 'GET', url: '/authors', operationId: 'listAuthors', summary: 'Byline records, for crediting stories and linking accounts.', tag: 'authors',
    access: 'article.read',
    async handle({ ctx }) {
      return { data: (await listAuthors(ctx.store.db)).map((a) => ({ id: a.id, slug: a.slug, name: a.name, title: a.title })) };
    },
  },
]);
