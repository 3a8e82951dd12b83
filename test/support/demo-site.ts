import type { AddressInfo } from 'node:net';
import { loadDemoNewsroom } from '../../src/demo/load-demo-newsroom.ts';
import { buildTestApp, type TestApp } from './test-app.ts';
import { TestClock } from './test-context.ts';
import { openTestStore } from './test-stores.ts';

/** The demo newsroom served on a real port of 127.0.0.1, for browsers. */
export async function startDemoSite(): Promise<{ t: TestApp; baseUrl: string; close: () => Promise<void> }> {
  const { store, dispose } = await openTestStore('sqlite');
  const clock = new TestClock(Date.now());
  const t = await buildTestApp(store, clock);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  await loadDemoNewsroom(t.ctx, t.deps.media, { baseUrl });
  await t.ctx.bus.publish([{ kind: 'settings.changed', id: null, keys: [], at: clock.now() }, { kind: 'sections.changed', id: null, keys: [], at: clock.now() }]);
  return {
    t,
    baseUrl,
    close: async () => {
      await t.close();
      await dispose();
    },
  };
}
