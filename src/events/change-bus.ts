import type { ChangeEvent } from './change-event.ts';

export type ChangeListener = (event: ChangeEvent) => void | Promise<void>;

/**
 * In-process fan-out of committed changes. Listeners never see a change
 * before its transaction committed, and a failing listener cannot undo it or
 * stop the others.
 */
export class ChangeBus {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly onListenerError: (error: unknown, event: ChangeEvent) => void = () => {}) {}

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async publish(events: readonly ChangeEvent[]): Promise<void> {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          await listener(event);
        } catch (error) {
          this.onListenerError(error, event);
        }
      }
    }
  }
}
