/** "Weather" on page 1, "Weather, page 3" after, so every page of a list has its own title. */
export function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}
