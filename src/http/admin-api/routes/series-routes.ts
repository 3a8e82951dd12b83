import { createSeries, deleteSeries, updateSeries, type SeriesInput } from '../../../newsroom/save-series.ts';
import { listSeries } from '../../../store/repositories/series-repository.ts';
import { defineRoutes } from '../admin-route.ts';
import { schema } from '../json-schema.ts';
import { presentSeries } from '../presenters/present-curation.ts';

const FIELDS = { name: schema.string({ min: 1, max: 200 }), slug: schema.string({ min: 1, max: 120 }), description: schema.text(2000) };

export const seriesRoutes = defineRoutes([
  {
    method: 'GET', url: '/series', operationId: 'listSeries', summary: 'Series (for filing stories and videos in one).', tag: 'series', access: 'article.read',
    async handle({ ctx }) {
      return { data: (await listSeries(ctx.store.db)).map(presentSeries) };
    },
  },
  {
    method: 'POST', url: '/series', operationId: 'createSeries', summary: 'Create a series.', tag: 'series', access: 'curation.manage', status: 201,
    body: schema.object(FIELDS, ['name']),
    async handle({ ctx, actor, body }) {
      return { data: presentSeries(await createSeries(ctx, actor, body as SeriesInput)) };
    },
  },
  {
    method: 'PATCH', url: '/series/:id', operationId: 'updateSeries', summary: 'Rename or re-describe a series.', tag: 'series', access: 'curation.manage',
    body: schema.object(FIELDS),
    async handle({ ctx, actor, params, body }) {
      return { data: presentSeries(await updateSeries(ctx, actor, params.id, body as SeriesInput)) };
    },
  },
  {
    method: 'DELETE', url: '/series/:id', operationId: 'deleteSeries', summary: 'Delete an empty series.', tag: 'series', access: 'curation.manage', status: 204,
    async handle({ ctx, actor, params }) {
      await deleteSeries(ctx, actor, params.id);
      return null;
    },
  },
]);
