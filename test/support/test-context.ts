import { pino } from 'pino';
import { ChangeBus } from '../../src/events/change-bus.ts';
import type { ChangeEvent } from '../../src/events/change-event.ts';
import type { ServiceContext } from '../../src/service-context.ts';
import type { Store } from '../../src/store/store.ts';

/** A clock tests can move. */
export class TestClock {
  constructor(private t: number = Date.parse('2026-05-05T12:00:00Z')) {}
  now = (): Date => new Date(this.t);
  set(d: Date | string): void {
    this.t = typeof d === 'string' ? Date.parse(d) : d.getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export function testContext(store: Store, clock = new TestClock()): ServiceContext & { clock: TestClock; events: ChangeEvent[] } {
  const bus = new ChangeBus((e) => {
    throw e;
  });
  const events: ChangeEvent[] = [];
  bus.subscribe((e) => {
    events.push(e);
  });
  return { store, bus, now: clock.now, logger: pino({ level: 'silent' }), clock, events };
}
