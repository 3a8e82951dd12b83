/**
 * A WXR time (`YYYY-MM-DD HH:MM:SS`). `post_date_gmt` is UTC; when a draft
 * has none, `post_date` is the site's local time in a zone the export does
 * not name, and is read as UTC (the importer notes it).
 */
export function wxrTime(gmt: string | null, local: string | null): { readonly at: Date; readonly zoneKnown: boolean } | null {
  const raw = gmt ?? local;
  if (raw === null) return null;
  const at = new Date(`${raw.replace(' ', 'T')}Z`);
  return Number.isNaN(at.getTime()) ? null : { at, zoneKnown: gmt !== null };
}
