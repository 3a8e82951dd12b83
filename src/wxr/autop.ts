/**
 * WordPress's `wpautop` for classic-editor content, which is stored without
 * paragraph tags: blank lines separate paragraphs and single line breaks
 * become `<br>`. Block-level elements are never wrapped in `<p>`. Follows the
 * steps of the PHP original, minus the parts for elements our sanitizer drops.
 */
const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

export function autop(content: string): string {
  let text = content.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return '';

  // Newlines inside <pre> are content, and a figure (a converted [caption]) is one block whatever it holds.
  const kept: string[] = [];
  text = text.replace(/<(pre|figure)\b[\s\S]*?<\/\1>/gi, (m, tag: string) => {
    kept.push(m);
    return `<${tag} wp-kept-${kept.length - 1}></${tag}>`;
  });
  // Newlines inside a tag (between attributes) are not line breaks either.
  text = text.replace(/<[^>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, ' '));

  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(new RegExp(`(<${BLOCKS}[\\s/>])`, 'gi'), '\n\n$1');
  text = text.replace(new RegExp(`(</${BLOCKS}>)`, 'gi'), '$1\n\n');
  text = text.replace(/<hr\s*?\/?>/gi, '<hr>\n\n');
  text = text.replace(/\n\n+/g, '\n\n');

  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  text = paragraphs.map((p) => `<p>${p.trim()}</p>\n`).join('');

  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  text = text.replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  text = text.replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, 'gi'), '$1');
  text = text.replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');

  // Remaining single line breaks are <br>, except next to a block tag.
  text = text.replace(/(<br\s*\/?>)?\s*\n/gi, (m, br) => (br ? m : '<br>\n'));
  text = text.replace(new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br>`, 'gi'), '$1');
  text = text.replace(/<br>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
  text = text.replace(/\n<\/p>$/g, '</p>');

  text = text.replace(/<(pre|figure) wp-kept-(\d+)><\/\1>/g, (_m, _tag, i) => kept[Number(i)]);
  return text.trim();
}

/** Whether content is block-editor content, which is stored with its paragraphs marked up already. */
export function hasBlocks(content: string): boolean {
  return content.includes('<!-- wp:');
}
