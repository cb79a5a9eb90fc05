/**
 * whenWarm (components/i18n/warm-intl.ts): the embed waits for it before it hydrates, so it must
 * end in every case: the worker's message, the worker's failure, or the time limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { whenWarm } from '@/components/i18n/warm-intl';

const urls: string[] = [];
const workers: Worker[] = [];

/** A worker from a script's text (a Blob URL: the test page allows it). */
function workerOf(source: string): Worker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  urls.push(url);
  const worker = new Worker(url);
  workers.push(worker);
  return worker;
}

/** Which comes first: the promise, or `ms` milliseconds. */
const settlesWithin = (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => 'settled'), new Promise((r) => setTimeout(() => r('still waiting'), ms))]);

afterEach(() => {
  for (const w of workers.splice(0)) w.terminate();
  for (const u of urls.splice(0)) URL.revokeObjectURL(u);
});

describe('whenWarm', () => {
  it('settles at once without a worker', async () => {
    expect(await settlesWithin(whenWarm(undefined, 60_000), 50)).toBe('settled');
  });

  it('settles when the worker says it is warm, long before the limit', async () => {
    const worker = workerOf("new Intl.DateTimeFormat('uk').format(0); self.postMessage('warm'); self.close();");
    expect(await settlesWithin(whenWarm(worker, 60_000), 5_000)).toBe('settled');
  });

  it('settles when the worker fails', async () => {
    const worker = workerOf("throw new Error('no ICU here');");
    expect(await settlesWithin(whenWarm(worker, 60_000), 5_000)).toBe('settled');
  });

  it('waits for a worker that has not answered until the limit, then settles', async () => {
    const worker = workerOf('/* says nothing */');
    const start = performance.now();
    expect(await settlesWithin(whenWarm(worker, 300), 5_000)).toBe('settled');
    // A timer never fires before its delay: it waited, rather than settling on the worker's start.
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
  });
});
