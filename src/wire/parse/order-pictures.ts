/** Association names providers use for the lead picture, in order of preference. */
const LEAD_NAMES = ['main', 'mainpic', 'featuremedia', 'featureimage'];

/**
 * Lead picture first: no format marks one, so an association with a lead
 * name wins, else the first picture keeps its place. The rest keep their order.
 */
export function orderPictures<T extends { readonly name: string }>(pictures: readonly T[]): T[] {
  for (const leadName of LEAD_NAMES) {
    const index = pictures.findIndex((p) => p.name.toLowerCase() === leadName);
    if (index > 0) return [pictures[index], ...pictures.slice(0, index), ...pictures.slice(index + 1)];
    if (index === 0) break;
  }
  return [...pictures];
}
