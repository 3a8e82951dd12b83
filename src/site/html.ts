/**
 * HTML built from tagged templates that escape by default. A page can only
 * contain markup that came from a literal in our own templates or passed
 * through `raw()` on purpose, so a hostile headline or caption stays text.
 */

const brand: unique symbol = Symbol('SafeHtml');

/** A string known to be HTML we meant to write. Made only by `html` and `raw`. */
export interface SafeHtml {
  readonly [brand]: true;
  toString(): string;
}

class SafeHtmlValue implements SafeHtml {
  readonly [brand] = true as const;
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

/**
 * What may sit in a `${}` of an `html` template. No `true`, objects or
 * `Date`s: those have no single right text, so the type makes the caller
 * format them first.
 */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares the copy.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

export function isSafeHtml(value: unknown): value is SafeHtml {
  return value instanceof SafeHtmlValue;
}

/** Trusted HTML, inserted as is: the sanitized article body, serialised JSON-LD. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtmlValue(trusted);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtmlValue) return value.toString();
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return value.map(render).join('');
  // Reached only from untyped callers; failing loudly beats printing "[object Object]".
  throw new TypeError(`html: cannot interpolate a value of type ${typeof value}`);
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i += 1) {
    out += render(values[i]) + strings[i + 1];
  }
  return new SafeHtmlValue(out);
}

const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` become
 * unicode escapes so `</script>` or `<!--` in a headline cannot end or
 * confuse the element, and U+2028/9 are escaped for old JavaScript parsers.
 * JSON.parse reads the result back unchanged.
 */
export function serializeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('serializeJsonForScript: value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]);
}

/** A `<script type="application/ld+json">` element holding `data`. */
export function jsonLdScript(data: unknown): SafeHtml {
  return html`<script type="application/ld+json">${raw(serializeJsonForScript(data))}</script>`;
}
