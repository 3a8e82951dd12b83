/** Times cross the store edge as epoch milliseconds. */
export const toMs = (d: Date): number => d.getTime();
export const toMsOrNull = (d: Date | null | undefined): number | null => (d ? d.getTime() : null);
export const toDate = (ms: number | string): Date => new Date(Number(ms));
export const toDateOrNull = (ms: number | string | null): Date | null => (ms === null ? null : new Date(Number(ms)));
