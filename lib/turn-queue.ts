/**
 * First come, first served across a Node process's connections: requests wait in arrival order
 * and one goes on per turn of the event loop (README "Performance", the load figures of 11:23 on
 * 3 December 2026, measured with and without it).
 *
 * Why: since libuv 1.45 (Node 20 and later) a server takes one new connection from the kernel per
 * turn of its loop, and a turn runs every request already read. With 100 connections opened at
 * once, each turn of a busy `next start` ran a request on every connection taken so far, so the
 * last connections waited in the kernel's queue for 4-10 s (measured: 100 connections taken in
 * 9.7 s) while the first ones were answered every turn. Letting one request on per turn makes
 * the turns short, so the loop takes a connection per request answered: the 100 were taken in
 * 0.5 s, and every connection was answered in turn (43-47 answers each in 10 s, where the
 * earliest had up to 89 and the last 2). The cost is a turn per request: about 0.4 ms of CPU more per
 * request on a 2-core machine (a pass through the loop, where before one pass served many).
 */

/** Schedules a callback for the loop's next check phase (setImmediate in Node). */
type Scheduler = (callback: () => void) => void;

export interface TurnQueue {
  /** Resolves when this caller's turn comes: callers go on in the order they called, one per turn. */
  wait(): Promise<void>;
  /** How many callers are waiting (for tests and diagnostics). */
  readonly waiting: number;
}

export function createTurnQueue(schedule: Scheduler = setImmediate): TurnQueue {
  const queue: Array<() => void> = [];
  let scheduled = false;

  const releaseOne = (): void => {
    queue.shift()?.();
    scheduled = queue.length > 0;
    if (scheduled) schedule(releaseOne);
  };

  return {
    wait() {
      return new Promise<void>((resolve) => {
        queue.push(resolve);
        if (!scheduled) {
          scheduled = true;
          schedule(releaseOne);
        }
      });
    },
    get waiting() {
      return queue.length;
    },
  };
}
