/**
 * The short key that namespaces a wire id (`ap`, `dpa`, `tt` ...). Known
 * agencies are recognised from any hint; otherwise the provider's own code or
 * the host in its ids is used, and `wire` when there is nothing to go on.
 */
export interface ProviderHints {
  /** What the item says about its provider: G2 `provider` qcode/literal/uri/name, ninjs `provider`, `source`. */
  readonly declared?: readonly (string | null | undefined)[];
  /** Identifiers that may carry a domain: guid, uri (`tag:ap.org,…`, `urn:newsml:dpa.com:…`, URLs). */
  readonly ids?: readonly (string | null | undefined)[];
  /** Weaker hints, e.g. the copyright holder ("NTB", "SIPA USA"). */
  readonly names?: readonly (string | null | undefined)[];
}

export function providerKey(hints: ProviderHints): string {
  const declared = present(hints.declared);
  const ids = present(hints.ids);
  for (const value of declared) {
    const known = knownAgency(value);
    if (known) return known;
  }
  for (const id of ids) {
    const host = idHost(id);
    const known = host ? agencyForHost(host) : null;
    if (known) return known;
  }
  for (const name of present(hints.names)) {
    const known = knownAgency(name);
    if (known) return known;
  }
  for (const value of declared) {
    const key = sanitizeKey(idHost(value) ?? codePart(value));
    if (key) return key;
  }
  for (const id of ids) {
    const host = idHost(id);
    const key = host ? sanitizeKey(host) : '';
    if (key) return key;
  }
  return 'wire';
}

const AGENCY_DOMAINS: Readonly<Record<string, string>> = {
  'ap.org': 'ap', 'apnews.com': 'ap', 'associatedpress.com': 'ap',
  'dpa.com': 'dpa', 'dpa.de': 'dpa',
  'tt.se': 'tt',
  'ansa.it': 'ansa',
  'ntb.no': 'ntb',
  'sipa.com': 'sipa', 'sipausa.com': 'sipa', 'sipausa.net': 'sipa',
  'afp.com': 'afp',
  'reuters.com': 'reuters', 'thomsonreuters.com': 'reuters',
  'aap.com.au': 'aap',
  'pa.media': 'pa',
  'gettyimages.com': 'getty',
};

/** Names and provider codes agencies use for themselves, lower case. */
const AGENCY_NAMES: Readonly<Record<string, string>> = {
  ap: 'ap', 'associated press': 'ap', 'the associated press': 'ap',
  dpa: 'dpa', 'deutsche presse-agentur': 'dpa',
  tt: 'tt', 'tt nyhetsbyrån': 'tt',
  ansa: 'ansa',
  ntb: 'ntb',
  sipa: 'sipa', 'sipa usa': 'sipa', 'sipa press': 'sipa',
  afp: 'afp', 'agence france-presse': 'afp',
  reuters: 'reuters', 'thomson reuters': 'reuters',
  aap: 'aap', 'australian associated press': 'aap',
  'pa media': 'pa',
  gyi: 'getty', 'getty images': 'getty',
};

function knownAgency(value: string): string | null {
  const host = idHost(value);
  if (host) return agencyForHost(host);
  const text = codePart(value).toLowerCase().replace(/\s+/g, ' ').replace(/[.,]+$/, '').trim();
  if (AGENCY_NAMES[text]) return AGENCY_NAMES[text];
  // "SIPA USA/PA Images", "Getty Images Inc.": the leading words name the agency.
  const words = text.split(/[\s/,]+/);
  for (let n = Math.min(words.length, 3); n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (n < words.length && AGENCY_NAMES[prefix] && prefix.length > 2) return AGENCY_NAMES[prefix];
  }
  return null;
}

function agencyForHost(host: string): string | null {
  for (const [domain, key] of Object.entries(AGENCY_DOMAINS)) {
    if (host === domain || host.endsWith(`.${domain}`)) return key;
  }
  return null;
}

/** The domain inside an id: `tag:host,date:…`, `urn:newsml:host:…`, a URL, or a bare host name. */
function idHost(value: string): string | null {
  const v = value.trim().toLowerCase();
  const m =
    /^tag:([a-z0-9.-]+),/.exec(v) ??
    /^urn:newsml:([a-z0-9.-]+):/.exec(v) ??
    /^https?:\/\/([a-z0-9.-]+)(?::\d+)?(?:[/?#]|$)/.exec(v) ??
    /^((?:[a-z0-9-]+\.)+[a-z]{2,})$/.exec(v);
  return m ? m[1].replace(/^www\./, '').replace(/\.$/, '') : null;
}

/** "nprov:REUTERS" → "REUTERS"; plain names pass through. */
function codePart(value: string): string {
  const m = /^[a-z][\w-]*:([^\s:/][^:]*)$/i.exec(value.trim());
  return m ? m[1] : value.trim();
}

function sanitizeKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40);
}

function present(values: readonly (string | null | undefined)[] | undefined): string[] {
  return (values ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}
