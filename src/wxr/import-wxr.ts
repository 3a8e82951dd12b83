import { sql } from 'kysely';
import { plainText } from '../domain/sanitize-html.ts';
import { isDatelineError } from '../errors.ts';
import { changeEventOf } from '../newsroom/change-event-of.ts';
import { keys } from '../domain/surrogate-keys.ts';
import { MediaError } from '../media/media-error.ts';
import type { MediaStore } from '../media/media-store.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Executor } from '../store/database.ts';
import { findImported } from '../store/repositories/import-ledger-repository.ts';
import { findMediaById } from '../store/repositories/media-repository.ts';
import { importWxrArticle } from './import-wxr-article.ts';
import { importWxrAttachment } from './import-wxr-attachment.ts';
import { planWxrItem } from './plan-wxr-item.ts';
import { repairMojibake } from './repair-mojibake.ts';
import type { WxrDocument, WxrItem } from './wxr-document.ts';
import { wxrLedgerKey } from './wxr-ledger-key.ts';
import type { WxrImportReport, WxrItemReport } from './wxr-import-report.ts';
import { WxrImportRun, type WxrImportOptions } from './wxr-import-run.ts';

async function countTags(db: Executor): Promise<number> {
  const r = await db.selectFrom('tags').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

function entry(item: WxrItem, outcome: WxrItemReport['outcome'], rest: Partial<WxrItemReport> = {}): WxrItemReport {
  return Object.freeze({
    postId: item.postId, postType: item.postType, title: plainText(repairMojibake(item.title).text).slice(0, 120),
    outcome, reason: null, notes: [], target: null, ...rest,
  });
}

/** An item that cannot be imported for a reason of its own is reported; a store that stops answering stops the import. */
function itemFailure(e: unknown): string | null {
  if (isDatelineError(e) && e.code !== 'store-unavailable') return e.message;
  if (e instanceof MediaError) return e.message;
  return null;
}

/**
 * Imports a WordPress export: pictures first (from a local copy of the
 * uploads folder), then posts and, when asked, pages. Each item is its own
 * transaction and is recorded in the import ledger, so running the same
 * export again finds everything imported and changes nothing; items the
 * newsroom has edited since are left alone.
 */
export async function importWxr(ctx: ServiceContext, media: MediaStore, doc: WxrDocument, options: WxrImportOptions = {}): Promise<WxrImportReport> {
  const run = new WxrImportRun(doc, options);
  const reports = new Map<WxrItem, WxrItemReport>();
  const tagsBefore = await countTags(ctx.store.db);
  let redirects = 0;
  let done = 0;
  const step = () => {
    done += 1;
    options.onProgress?.(done, doc.items.length);
  };
  const attachments = doc.items.filter((i) => i.postType === 'attachment');
  const rest = doc.items.filter((i) => i.postType !== 'attachment');

  for (const item of attachments) {
    const earlier = await findImported(ctx.store.db, run.source, wxrLedgerKey(item));
    const asset = earlier ? await findMediaById(ctx.store.db, earlier.id) : null;
    if (asset) {
      run.media.set(item.postId, asset);
      reports.set(item, entry(item, 'unchanged', { target: { kind: 'media', id: asset.id, path: null, state: null } }));
    } else {
      try {
        const outcome = await importWxrAttachment(ctx, media, item, { source: run.source, uploadsDir: options.uploadsDir ?? null });
        if (outcome.kind === 'imported') {
          run.media.set(item.postId, outcome.asset);
          reports.set(item, entry(item, 'imported', { notes: outcome.notes, target: { kind: 'media', id: outcome.asset.id, path: null, state: null } }));
        } else {
          reports.set(item, entry(item, 'skipped', { reason: outcome.reason, notes: outcome.notes ?? [] }));
        }
      } catch (e) {
        const why = itemFailure(e);
        if (why === null) throw e;
        reports.set(item, entry(item, 'failed', { reason: why }));
      }
    }
    step();
  }

  for (const item of rest) {
    const plan = planWxrItem(item, { pages: options.pages ?? false });
    if (plan.action !== 'article') {
      reports.set(item, entry(item, 'skipped', { reason: plan.action === 'skip' ? plan.reason : 'not an article' }));
      step();
      continue;
    }
    const earlier = await findImported(ctx.store.db, run.source, wxrLedgerKey(item));
    if (earlier) {
      reports.set(item, entry(item, 'unchanged', { target: { kind: 'article', id: earlier.id, path: null, state: null } }));
      step();
      continue;
    }
    const made = { sections: run.sections.created.length, authors: run.authors.created.length };
    try {
      const outcome = await importWxrArticle(ctx, run, item, plan.kind);
      if (outcome.kind === 'imported') {
        redirects += outcome.redirects ?? 0;
        reports.set(item, entry(item, 'imported', { notes: outcome.notes, target: { kind: 'article', id: outcome.article.id, path: outcome.path, state: outcome.state } }));
      } else {
        reports.set(item, entry(item, 'skipped', { reason: outcome.reason }));
      }
    } catch (e) {
      const why = itemFailure(e);
      if (why === null) throw e;
      // The failed item's transaction was rolled back, sections and authors with it.
      run.sections.created.length = made.sections;
      run.authors.created.length = made.authors;
      reports.set(item, entry(item, 'failed', { reason: why }));
    }
    step();
  }

  if (run.sections.created.length > 0) {
    await ctx.bus.publish([changeEventOf('sections.changed', null, [keys.settings, keys.front], ctx.now())]);
  }
  return Object.freeze({
    source: run.source,
    siteTitle: doc.site.title,
    items: doc.items.map((i) => reports.get(i)!),
    created: {
      sections: [...run.sections.created],
      authors: [...run.authors.created],
      tags: (await countTags(ctx.store.db)) - tagsBefore,
      redirects,
    },
    commentsNotImported: doc.items.reduce((n, i) => n + i.commentCount, 0),
  });
}
