import { createSection, deleteSection, type SectionInput, updateSection } from '../../../newsroom/save-section.ts';
import { listSections } from '../../../store/repositories/section-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentSection } from '../presenters/present-curation.ts';

const FIELDS = {
  name: schema.string({ min: 1, max: 200 }),
  slug: schema.string({ min: 1, max: 120 }),
  parentId: schema.nullableId('The parent section; null for a top-level one.'),
  description: schema.text(2000),
  position: schema.integer({ min: 0, max: 10_000, description: 'Order in the navigation, smallest first.' }),
};

export const sectionRoutes = defineRoutes([
  {
    method: 'GET', url: '/sections', operationId: 'listSections', summary: 'The section tree, in navigation order.', tag: 'sections', access: 'article.read',
    async handle({ ctx }) {
      return { data: (await listSections(ctx.store.db)).map(presentSection) };
    },
  },
  {
    method: 'POST', url: '/sections', operationId: 'createSection', summary: 'Create a section.', tag: 'sections', access: 'sections.manage', status: 201,
    body: schema.object(FIELDS, ['name']),
    async handle({ ctx, actor, body }) {
      return { data: presentSection(await createSection(ctx, actor, body as SectionInput)) };
    },
  },
  {
    method: 'PATCH', url: '/sections/:id', operationId: 'updateSection',
    summary: 'Rename, reorder or move a section; a new path redirects the old section and story URLs.', tag: 'sections', access: 'sections.manage',
    body: schema.object(FIELDS),
    async handle({ ctx, actor, params, body }) {
      return { data: presentSection(await updateSection(ctx, actor, params.id, body as SectionInput)) };
    },
  },
  {
    method: 'DELETE', url: '/sections/:id', operationId: 'deleteSection', summary: 'Delete an empty section.', tag: 'sections', access: 'sections.manage',
    status: 204,
    async handle({ ctx, actor, params }) {
      await deleteSection(ctx, actor, params.id);
      return null;
    },
  },
]);
