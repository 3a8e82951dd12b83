/** What happened to one export item. */
export interface WxrItemReport {
  readonly postId: number;
  readonly postType: string;
  readonly title: string;
  /** `unchanged`: an earlier run imported it; it was left as it is now. */
  readonly outcome: 'imported' | 'unchanged' | 'skipped' | 'failed';
  /** Why it was skipped or failed. */
  readonly reason: string | null;
  /** What the import changed on the way (converted shortcodes, status mapping, …). */
  readonly notes: readonly string[];
  readonly target: {
    readonly kind: 'article' | 'media';
    readonly id: number;
    /** The story's public path. */
    readonly path: string | null;
    /** draft, scheduled, published… for a story. */
    readonly state: string | null;
  } | null;
}

export interface WxrImportReport {
  /** What the import ledger calls this site: `wxr:<site address>`. */
  readonly source: string;
  readonly siteTitle: string;
  readonly items: readonly WxrItemReport[];
  readonly created: { readonly sections: readonly string[]; readonly authors: readonly string[]; readonly tags: number; readonly redirects: number };
  /** Dateline has no comments; the count says what stayed behind. */
  readonly commentsNotImported: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report for people: one line of totals per outcome, then every skipped or failed item with its reason. */
export function formatWxrReport(report: WxrImportReport): string {
  const by = (outcome: WxrItemReport['outcome']) => report.items.filter((i) => i.outcome === outcome);
  const imported = by('imported');
  const stories = imported.filter((i) => i.target?.kind === 'article');
  const states = new Map<string, number>();
  for (const s of stories) states.set(s.target!.state ?? 'draft', (states.get(s.target!.state ?? 'draft') ?? 0) + 1);
  const lines = [`Import of "${report.siteTitle}" (${report.source})`];
  lines.push(
    `imported: ${plural(stories.length, 'story', 'stories')}${states.size ? ` (${[...states].map(([s, n]) => `${n} ${s}`).join(', ')})` : ''}, ` +
      `${plural(imported.length - stories.length, 'picture')}; made ${plural(report.created.sections.length, 'section')}, ` +
      `${plural(report.created.authors.length, 'author')}, ${plural(report.created.tags, 'tag')}, ${plural(report.created.redirects, 'redirect')}`,
  );
  const unchanged = by('unchanged');
  if (unchanged.length) lines.push(`unchanged: ${plural(unchanged.length, 'item')} imported by an earlier run`);
  for (const outcome of ['skipped', 'failed'] as const) {
    const items = by(outcome);
    if (!items.length) continue;
    lines.push(`${outcome}: ${plural(items.length, 'item')}`);
    const groups = new Map<string, WxrItemReport[]>();
    for (const i of items) (groups.get(i.reason ?? '') ?? groups.set(i.reason ?? '', []).get(i.reason ?? '')!).push(i);
    for (const [reason, group] of groups) {
      if (group.length > 3) lines.push(`  ${plural(group.length, group[0].postType)}: ${reason}`);
      else for (const i of group) lines.push(`  ${i.postType} #${i.postId} "${i.title}": ${reason}`);
    }
  }
  if (report.commentsNotImported) lines.push(`not imported: ${plural(report.commentsNotImported, 'comment')} (Dateline has no comments)`);
  const noted = imported.filter((i) => i.notes.length > 0);
  if (noted.length) {
    lines.push('notes:');
    for (const i of noted) lines.push(`  ${i.postType} #${i.postId} "${i.title}": ${i.notes.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
