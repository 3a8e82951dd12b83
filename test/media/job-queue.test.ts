import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JobQueue } from '../../src/media/job-queue.ts';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

test('never runs more jobs at once than its concurrency, and runs them in order', async () => {
  const queue = new JobQueue({ concurrency: 2 });
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      queue.run(async () => {
        started.push(i);
        running += 1;
        peak = Math.max(peak, running);
        await tick();
        running -= 1;
        return i * 2;
      }),
    ),
  );
  assert.equal(peak, 2);
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(results, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
});

test('refuses with busy when the waiting line is full', async () => {
  const queue = new JobQueue({ concurrency: 1, maxQueued: 2 });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const accepted = [queue.run(() => gate), queue.run(async () => 1), queue.run(async () => 2)];
  await assert.rejects(queue.run(async () => 3), { name: 'MediaError', code: 'busy' });
  assert.equal(queue.running, 1);
  assert.equal(queue.queued, 2);
  release();
  await Promise.all(accepted);
  assert.equal(await queue.run(async () => 4), 4);
});

test('a failing job, even one throwing synchronously, frees its slot', async () => {
  const queue = new JobQueue({ concurrency: 1 });
  await assert.rejects(queue.run(() => Promise.reject(new Error('async'))), /async/);
  await assert.rejects(
    queue.run(() => {
      throw new Error('sync');
    }),
    /sync/,
  );
  assert.equal(await queue.run(async () => 'after'), 'after');
  assert.equal(queue.running, 0);
});

test('onIdle resolves once everything has finished', async () => {
  const queue = new JobQueue({ concurrency: 1 });
  const finished: number[] = [];
  for (const i of [1, 2, 3]) void queue.run(async () => (await tick(), finished.push(i)));
  await queue.onIdle();
  assert.deepEqual(finished, [1, 2, 3]);
  await queue.onIdle();
});

test('rejects nonsensical settings', () => {
  assert.throws(() => new JobQueue({ concurrency: 0 }), RangeError);
  assert.throws(() => new JobQueue({ maxQueued: -1 }), RangeError);
});
