export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
