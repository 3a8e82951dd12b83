/** The instant `hours` before `now`; demo times are stored as hours ago so the site is always fresh. */
export function hoursBefore(now: Date, hours: number): Date {
  return new Date(now.getTime() - hours * 3_600_000);
}
