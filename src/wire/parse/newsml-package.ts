import { attr, childElements, descendants, firstChild, textOf, type XmlElement } from './xml-tree.ts';

/** One `itemRef` of a package: the referenced item and what the package says about it. */
export interface PackageRef {
  readonly residref: string;
  /** The association name (TT's `altId` "a001"), else the residref. */
  readonly name: string;
  /** Local code of the ref's `itemClass` ("text", "picture"), when given. */
  readonly itemClass: string | null;
  readonly version: number | null;
  readonly pubStatus: string | null;
  readonly title: string | null;
  readonly caption: string | null;
}

/**
 * The item references of a `packageItem` in reading order: from the
 * `groupSet` root through nested `groupRef`s, or every `itemRef` when the
 * package has no usable group structure.
 */
export function readPackageRefs(pkg: XmlElement): PackageRef[] {
  const groupSet = firstChild(pkg, 'groupSet');
  const groups = new Map(childElements(groupSet, 'group').map((g) => [attr(g, 'id') ?? '', g]));
  const root = groups.get(attr(groupSet, 'root') ?? '');
  const refs: XmlElement[] = [];
  const visited = new Set<XmlElement>();
  const walk = (group: XmlElement): void => {
    if (visited.has(group)) return;
    visited.add(group);
    for (const child of childElements(group)) {
      if (child.local === 'itemRef') refs.push(child);
      const next = child.local === 'groupRef' ? groups.get(attr(child, 'idref') ?? '') : undefined;
      if (next) walk(next);
    }
  };
  if (root) walk(root);
  const found = refs.length > 0 ? refs : descendants(pkg, 'itemRef');
  return found.flatMap((ref) => {
    const residref = attr(ref, 'residref')?.trim();
    if (!residref) return [];
    const version = attr(ref, 'version');
    return [{
      residref,
      name: textOf(firstChild(ref, 'altId')) ?? residref,
      itemClass: localCode(attr(firstChild(ref, 'itemClass'), 'qcode')),
      version: version && /^\d+$/.test(version.trim()) ? Number(version.trim()) : null,
      pubStatus: attr(firstChild(ref, 'pubStatus'), 'qcode') ?? null,
      title: textOf(firstChild(ref, 'title')),
      caption: textOf(childElements(ref, 'description').find((d) => localCode(attr(d, 'role')) === 'caption')),
    }];
  });
}

function localCode(value: string | undefined): string | null {
  const code = value?.trim().toLowerCase().split(/[:/]/).pop();
  return code ? code : null;
}
