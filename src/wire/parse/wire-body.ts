/** A body as the wire delivered it, before cleaning: markup, or plain text to be paragraphed. */
export type WireBody = { readonly kind: 'html'; readonly value: string } | { readonly kind: 'text'; readonly value: string };

const MARKUP = /<\/?(?:p|br|div|span|section|article|h[1-6]|ul|ol|li|blockquote|strong|em|b|i|a|table|figure|img)\b[^>]*>/i;

/**
 * Reads a body by its declared type. Providers mislabel: ANSA sends `<p>`
 * markup as text/plain, IPTC examples use "body_xhtml" as a content type, and
 * many items declare nothing, so undeclared or plain bodies that contain
 * markup are read as markup (the sanitizer makes that safe either way).
 */
export function wireBody(value: string, contentType: string | null): WireBody | null {
  if (value.trim() === '') return null;
  if (contentType !== null && /html|xhtml/i.test(contentType)) return { kind: 'html', value };
  return MARKUP.test(value) ? { kind: 'html', value } : { kind: 'text', value };
}

/** Whether a declared type or role names a markup body (text/html, application/xhtml+xml, "richhtml5", "body_xhtml"). */
export function isMarkupType(contentTypeOrRole: string | null): boolean {
  return contentTypeOrRole !== null && /html|xhtml|richtext/i.test(contentTypeOrRole);
}
