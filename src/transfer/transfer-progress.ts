/** Told after each record or file: which kind is being worked on, and how far along it is. */
export type TransferProgress = (kind: string, done: number, total: number) => void;
