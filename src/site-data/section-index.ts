import type { Section } from '../domain/taxonomy.ts';
import type { SectionLink } from '../site/view-models.ts';

/** All sections in memory (a site has dozens, not thousands), with the tree walks pages need. */
export class SectionIndex {
  private readonly byId: ReadonlyMap<number, Section>;
  private readonly byPath: ReadonlyMap<string, Section>;

  constructor(readonly all: readonly Section[]) {
    this.byId = new Map(all.map((s) => [s.id, s]));
    this.byPath = new Map(all.map((s) => [s.path, s]));
  }

  get(id: number): Section | undefined {
    return this.byId.get(id);
  }

  find(path: string): Section | undefined {
    return this.byPath.get(path);
  }

  top(): Section[] {
    return this.all.filter((s) => s.parentId === null);
  }

  children(id: number): Section[] {
    return this.all.filter((s) => s.parentId === id);
  }

  /** Ancestors, top-level first, without the section itself. */
  ancestors(id: number): Section[] {
    const out: Section[] = [];
    let parentId = this.byId.get(id)?.parentId ?? null;
    while (parentId !== null) {
      const p = this.byId.get(parentId);
      if (!p || out.includes(p)) break;
      out.unshift(p);
      parentId = p.parentId;
    }
    return out;
  }

  /** The section and every section below it: a front shows its subsections' stories too. */
  subtreeIds(id: number): number[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) for (const c of this.children(out[i])) out.push(c.id);
    return out;
  }

  link(id: number): SectionLink {
    const s = this.byId.get(id);
    return s ? { name: s.name, path: s.path } : { name: '', path: '' };
  }
}
