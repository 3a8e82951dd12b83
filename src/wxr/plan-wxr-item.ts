import type { WxrItem } from './wxr-document.ts';

/** What becomes of one export item, decided from the item alone. */
export type WxrItemPlan =
  | { readonly action: 'article'; readonly kind: 'post' | 'page' }
  | { readonly action: 'media' }
  | { readonly action: 'skip'; readonly reason: string };

/** Post types that hold a WordPress site's design and settings rather than content. */
const SITE_MACHINERY = new Set([
  'wp_navigation', 'wp_template', 'wp_template_part', 'wp_global_styles', 'wp_block', 'custom_css', 'customize_changeset',
  'oembed_cache', 'user_request', 'wp_font_family', 'wp_font_face', 'jp_mem_plan', 'feedback',
]);

export function planWxrItem(item: WxrItem, options: { readonly pages: boolean }): WxrItemPlan {
  const type = item.postType;
  if (type === 'attachment') return { action: 'media' };
  if (type === 'nav_menu_item') return { action: 'skip', reason: 'a navigation menu entry, not content' };
  if (type === 'revision') return { action: 'skip', reason: 'an earlier revision; the post itself is imported' };
  if (SITE_MACHINERY.has(type)) return { action: 'skip', reason: `site design or settings (${type}), not content` };
  if (type !== 'post' && type !== 'page') return { action: 'skip', reason: `custom post type "${type}" has no equivalent in Dateline` };
  if (type === 'page' && !options.pages) return { action: 'skip', reason: 'a page; pages are skipped unless --pages is given' };
  if (item.status === 'trash') return { action: 'skip', reason: "in WordPress's trash" };
  if (item.status === 'auto-draft') return { action: 'skip', reason: 'an automatic draft WordPress keeps for an unsaved post' };
  // `inherit` takes the parent's status: with a parent it is a revision of it.
  if (item.status === 'inherit' && item.postParent !== null) return { action: 'skip', reason: 'an earlier revision; the post itself is imported' };
  return { action: 'article', kind: type };
}
