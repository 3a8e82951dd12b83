/** Association names providers use for the lead picture, in order of preference. */
const LEAD_NAMES = ['main', 'mainpic', 'featuremedia', 'featureimage'];

/**
 * Lead picture first: no format marks one, so an association with a lead
 * name wins, else the first photo (`picture` before `graphic`, so a logo
 * does not lead), else the first of any kind. The rest keep their order.
 */
export function orderPictures<T extends { readonly name: string; readonly type: string }>(pictures: readonly T[]): T[] {
  const byName = LEAD_NAMES.map((lead) => pictures.findIndex((p) => p.name.toLowerCase() === lead)).find((i) => i >= 0);
  const index = byName ?? Math.max(0, pictures.findIndex((p) => p.type === 'picture'));
  if (pictures.length === 0 || index === 0) return [...pictures];
  return [pictures[index], ...pictures.slice(0, index), ...pictures.slice(index + 1)];
}
