/** Sections nest by path: `news/national-world` is a child of `news`. */
export interface Section {
  readonly id: number;
  /** Last path segment. */
  readonly slug: string;
  /** Full path without slashes at either end: `news/national-world`. */
  readonly path: string;
  readonly name: string;
  readonly parentId: number | null;
  readonly description: string | null;
  readonly position: number;
}

export interface Tag {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

export interface Author {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly title: string | null;
  readonly bio: string | null;
}
