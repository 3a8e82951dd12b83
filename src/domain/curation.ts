/** An editor-picked, ordered list such as "Don't Miss". */
export interface CuratedList {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

export interface CuratedEntry {
  readonly listId: number;
  readonly articleId: number;
  readonly position: number;
  /** Pinned entries keep their place when new ones are added at the top. */
  readonly pinned: boolean;
  readonly expiresAt: Date | null;
}

export interface Redirect {
  readonly fromPath: string;
  readonly toPath: string;
  readonly createdAt: Date;
}
