import type { WirePolicy } from './wire-lifecycle.ts';

/**
 * Places a story by its wire subjects. A rule matches a subject when every
 * condition it gives holds: `code` equals the subject's code, or its last
 * segment ("20000673" matches "medtop:20000673" and
 * "http://cv.iptc.org/newscodes/mediatopic/20000673"); `name` equals its
 * name; `kind` its kind (subject, genre, place, person, organisation,
 * keyword). Case never matters.
 */
export interface SubjectRule {
  readonly code?: string;
  readonly name?: string;
  readonly kind?: string;
  /** Section path for the story; the first matching rule that names one wins. */
  readonly section?: string;
  readonly tags?: readonly string[];
  /** Also tag the story with the matching subject's own name. */
  readonly tagWithName?: boolean;
}

export interface WireSubjectFacts {
  readonly name: string | null;
  readonly code: string | null;
  readonly kind: string;
}

export interface WirePollState {
  readonly url: string;
  readonly intervalSeconds: number;
  /** Where the next poll starts (the feed's next-page link), or null for `url`. */
  readonly cursor: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly checkedAt: Date | null;
  /** Why the last poll failed, or null. */
  readonly error: string | null;
}

/** One configured agency feed. */
export interface WireSource {
  readonly id: number;
  readonly name: string;
  /** Provider key whose items these settings apply to when they arrive without a source (CLI, drop folder). */
  readonly provider: string | null;
  /** Shown after the dateline place: "AP" in "MOSCOW (AP) —"; null shows the place alone. */
  readonly displaySource: string | null;
  readonly policy: WirePolicy;
  readonly defaultSection: string | null;
  readonly subjectRules: readonly SubjectRule[];
  /** Show pictures from the agency's URLs instead of re-hosting them. */
  readonly remoteImages: boolean;
  readonly poll: WirePollState | null;
  readonly pushTokenId: number | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const WIRE_POLICIES: readonly WirePolicy[] = ['publish', 'hold'];

export function isWirePolicy(value: unknown): value is WirePolicy {
  return value === 'publish' || value === 'hold';
}

/** The section for stories of a source without a default of its own. */
export const DEFAULT_WIRE_SECTION = 'news';

const RULE_KEYS = new Set(['code', 'name', 'kind', 'section', 'tags', 'tagWithName']);

/** Reads rules from configuration; an error names the first problem. */
export function readSubjectRules(raw: unknown): { ok: true; rules: SubjectRule[] } | { ok: false; error: string } {
  if (!Array.isArray(raw)) return { ok: false, error: 'subject rules must be a JSON array' };
  const rules: SubjectRule[] = [];
  for (const [i, r] of raw.entries()) {
    const where = `rule ${i + 1}`;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return { ok: false, error: `${where} is not an object` };
    const rule = r as Record<string, unknown>;
    const unknown = Object.keys(rule).find((k) => !RULE_KEYS.has(k));
    if (unknown) return { ok: false, error: `${where} has an unknown field "${unknown}" (use ${[...RULE_KEYS].join(', ')})` };
    for (const key of ['code', 'name', 'kind', 'section'] as const) {
      if (rule[key] !== undefined && (typeof rule[key] !== 'string' || (rule[key] as string).trim() === '')) {
        return { ok: false, error: `${where}: ${key} must be a non-empty string` };
      }
    }
    if (rule.code === undefined && rule.name === undefined && rule.kind === undefined) {
      return { ok: false, error: `${where} matches every subject: give a code, name or kind` };
    }
    if (rule.tags !== undefined && (!Array.isArray(rule.tags) || !rule.tags.every((t) => typeof t === 'string' && t.trim() !== ''))) {
      return { ok: false, error: `${where}: tags must be an array of names` };
    }
    if (rule.tagWithName !== undefined && typeof rule.tagWithName !== 'boolean') return { ok: false, error: `${where}: tagWithName must be true or false` };
    if (rule.section === undefined && rule.tags === undefined && rule.tagWithName !== true) {
      return { ok: false, error: `${where} does nothing: give a section, tags or tagWithName` };
    }
    rules.push(Object.freeze({ ...(rule as SubjectRule), ...(rule.tags ? { tags: Object.freeze([...(rule.tags as string[])]) } : {}) }));
  }
  return { ok: true, rules };
}

const lower = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

function codeMatches(wanted: string, code: string | null): boolean {
  const have = lower(code);
  const want = lower(wanted);
  if (have === '' || want === '') return false;
  if (have === want) return true;
  const last = have.split(/[:/#]/).filter(Boolean).pop();
  return last === want;
}

function matches(rule: SubjectRule, s: WireSubjectFacts): boolean {
  if (rule.code !== undefined && !codeMatches(rule.code, s.code)) return false;
  if (rule.name !== undefined && lower(rule.name) !== lower(s.name)) return false;
  if (rule.kind !== undefined && lower(rule.kind) !== lower(s.kind)) return false;
  return true;
}

/** The section and tags the rules give a story with these subjects. */
export function applySubjectRules(
  rules: readonly SubjectRule[],
  subjects: readonly WireSubjectFacts[],
): { readonly sectionPath: string | null; readonly tags: readonly string[] } {
  let sectionPath: string | null = null;
  const tags: string[] = [];
  for (const rule of rules) {
    const hits = subjects.filter((s) => matches(rule, s));
    if (hits.length === 0) continue;
    if (sectionPath === null && rule.section !== undefined) sectionPath = rule.section.trim().replace(/^\/+|\/+$/g, '');
    for (const t of rule.tags ?? []) tags.push(t.trim());
    if (rule.tagWithName) for (const s of hits) if (s.name?.trim()) tags.push(s.name.trim());
  }
  const seen = new Set<string>();
  return { sectionPath, tags: tags.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase())) };
}

/** How agencies sign their datelines, for providers without a configured source. */
const AGENCY_DISPLAY: Readonly<Record<string, string>> = {
  ap: 'AP', dpa: 'dpa', tt: 'TT', ansa: 'ANSA', ntb: 'NTB', afp: 'AFP', reuters: 'Reuters', aap: 'AAP', pa: 'PA', sipa: 'SIPA',
};

/** The dateline source for a provider key: configured, known, or none (never invented from a key like "wire.example.org"). */
export function datelineSourceFor(provider: string, configured: string | null | undefined): string | null {
  if (configured !== undefined && configured !== null) return configured.trim() || null;
  return AGENCY_DISPLAY[provider] ?? null;
}
