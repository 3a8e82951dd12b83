import { createHash } from 'node:crypto';
import { plainText } from '../domain/sanitize-html.ts';
import { RESERVED_SEGMENTS, slugify } from '../domain/slug.ts';
import type { Section } from '../domain/taxonomy.ts';
import type { Executor } from '../store/database.ts';
import { findSectionByPath, insertSection } from '../store/repositories/section-repository.ts';
import { repairMojibake } from './repair-mojibake.ts';
import type { WxrCategory } from './wxr-document.ts';

const MAX_DEPTH = 8;

/**
 * WordPress categories as sections, nested as the categories are, made on
 * first use and found again by path on later runs. A category whose slug
 * is a path the site owns (`video`, `tag`, …) at the top gets `-news` added.
 */
export class WxrSections {
  private readonly byNicename: ReadonlyMap<string, WxrCategory>;
  /** Paths of the sections this import made. */
  readonly created: string[] = [];

  constructor(categories: readonly WxrCategory[], private readonly under: string | null) {
    this.byNicename = new Map(categories.map((c) => [c.nicename, c]));
  }

  /** Category nicenames from the top down to `nicename`; a loop in the parents ends the chain. */
  private chain(nicename: string): string[] {
    const out: string[] = [];
    let at: string | null = nicename;
    while (at !== null && !out.includes(at) && out.length < MAX_DEPTH) {
      out.unshift(at);
      at = this.byNicename.get(at)?.parent ?? null;
    }
    return out;
  }

  private static segment(nicename: string, termId: number | null, top: boolean): string {
    const slug = slugify(nicename, 60);
    // A slug with no Latin letters at all (a Greek or Cyrillic category) needs a name of its own.
    const named = slug === 'story' && nicename.toLowerCase() !== 'story'
      ? `category-${termId ?? createHash('sha256').update(nicename).digest('hex').slice(0, 8)}`
      : slug;
    return top && RESERVED_SEGMENTS.has(named) ? `${named}-news` : named;
  }

  async forCategory(db: Executor, nicename: string, fallbackName?: string): Promise<Section> {
    let parent: Section | null = this.under ? await this.atPath(db, this.under, this.under.split('/').at(-1)!) : null;
    for (const link of this.chain(nicename)) {
      const category = this.byNicename.get(link);
      const name = plainText(repairMojibake(category?.name ?? (link === nicename && fallbackName ? fallbackName : link)).text) || link;
      const segment = WxrSections.segment(link, category?.termId ?? null, parent === null);
      parent = await this.ensure(db, [...(parent ? parent.path.split('/') : []), segment], name, parent, category?.description ?? null);
    }
    return parent!;
  }

  /** The section at a fixed path (the one for pages, the default one), made when missing. */
  async atPath(db: Executor, path: string, name: string): Promise<Section> {
    const parts = path.split('/');
    let parent: Section | null = null;
    for (let i = 0; i < parts.length; i++) {
      const segment = i === 0 && RESERVED_SEGMENTS.has(parts[0]) ? `${parts[0]}-news` : parts[i];
      parent = await this.ensure(db, [...(parent ? parent.path.split('/') : []), segment], i === parts.length - 1 ? name : parts[i], parent);
    }
    return parent!;
  }

  private async ensure(db: Executor, parts: string[], name: string, parent: Section | null, description: string | null = null): Promise<Section> {
    const path = parts.join('/');
    const found = await findSectionByPath(db, path);
    if (found) return found;
    const section = await insertSection(db, {
      slug: parts[parts.length - 1], path, name, parentId: parent?.id ?? null,
      description: description ? plainText(description) || null : null, position: 0,
    });
    this.created.push(path);
    return section;
  }
}
