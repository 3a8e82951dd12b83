import type { AdminRoute } from './admin-route.ts';
import { articleRoutes } from './routes/article-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { authorRoutes } from './routes/author-routes.ts';
import { dashboardRoutes } from './routes/dashboard-routes.ts';
import { listRoutes } from './routes/list-routes.ts';
import { mediaRoutes } from './routes/media-routes.ts';
import { openApiRoute } from './routes/openapi-routes.ts';
import { previewRoutes } from './routes/preview-routes.ts';
import { revisionRoutes } from './routes/revision-routes.ts';
import { sectionRoutes } from './routes/section-routes.ts';
import { seriesRoutes } from './routes/series-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { settingsRoutes } from './routes/settings-routes.ts';
import { tokenRoutes } from './routes/token-routes.ts';
import { userRoutes } from './routes/user-routes.ts';
import { videoRoutes } from './routes/video-routes.ts';
import { webhookRoutes } from './routes/webhook-routes.ts';
import { wireQueueRoutes } from './routes/wire-queue-routes.ts';

/** Every admin API endpoint. The plugin, the OpenAPI document and the security test all read this one list. */
export const ADMIN_ROUTES: readonly AdminRoute[] = Object.freeze([
  ...sessionRoutes,
  ...dashboardRoutes,
  ...articleRoutes,
  ...previewRoutes,
  ...revisionRoutes,
  ...wireQueueRoutes,
  ...listRoutes,
  ...seriesRoutes,
  ...videoRoutes,
  ...mediaRoutes,
  ...sectionRoutes,
  ...authorRoutes,
  ...settingsRoutes,
  ...userRoutes,
  ...tokenRoutes,
  ...webhookRoutes,
  ...auditRoutes,
  openApiRoute(() => ADMIN_ROUTES),
]);
