import { data } from './http.ts';
import type { Author, Section, Series } from './types.ts';

/**
 * Sections, bylines and series change rarely and fill every picker, so each
 * is fetched once per page load; a screen that changes one calls `forget`.
 */
const cache = new Map<string, Promise<unknown>>();

function once<T>(path: string): Promise<T> {
  let p = cache.get(path) as Promise<T> | undefined;
  if (!p) {
    p = data<T>('GET', path);
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return p;
}

export const sections = () => once<Section[]>('/sections');
export const authors = () => once<Author[]>('/authors');
export const seriesList = () => once<Series[]>('/series');

export function forget(path: '/sections' | '/authors' | '/series'): void {
  cache.delete(path);
}

/** "News › Local" for a nested section, so two "Local" sections can be told apart in a picker. */
export function sectionLabel(all: readonly Section[], s: Section): string {
  const parent = s.parentId === null ? undefined : all.find((p) => p.id === s.parentId);
  return parent ? `${sectionLabel(all, parent)} › ${s.name}` : s.name;
}
