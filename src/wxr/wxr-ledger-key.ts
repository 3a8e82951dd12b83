import type { WxrItem } from './wxr-document.ts';

/**
 * What the import ledger knows an item by: its type, post id and guid.
 * Both, because real exports repeat post ids (hand-edited or merged files)
 * while guids tell the items apart, and not every item has a guid.
 */
export function wxrLedgerKey(item: WxrItem): string {
  return `${item.postType}:${item.postId}${item.guid ? `:${item.guid}` : ''}`;
}
