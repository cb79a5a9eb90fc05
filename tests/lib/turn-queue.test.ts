import { describe, expect, it } from 'vitest';
import { createTurnQueue } from '@/lib/turn-queue';

/** A scheduler the test turns by hand: each turn runs what was scheduled before it. */
function handTurnedLoop() {
  let scheduled: Array<() => void> = [];
  return {
    schedule: (callback: () => void) => scheduled.push(callback),
    async turn() {
      const due = scheduled;
      scheduled = [];
      for (const callback of due) callback();
      // Let the released callers' continuations run, as Node does after each immediate.
      await new Promise((resolve) => setImmediate(resolve));
    },
    get pending() {
      return scheduled.length;
    },
  };
}

describe('createTurnQueue', () => {
  it('lets callers on in the order they came, one per turn', async () => {
    const loop = handTurnedLoop();
    const turns = createTurnQueue(loop.schedule);
    const order: string[] = [];
    for (const name of ['a', 'b', 'c']) void turns.wait().then(() => order.push(name));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    expect(turns.waiting).toBe(3);

    await loop.turn();
    expect(order).toEqual(['a']);
    await loop.turn();
    expect(order).toEqual(['a', 'b']);
    await loop.turn();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(turns.waiting).toBe(0);
    expect(loop.pending).toBe(0);
  });

  it('schedules one release at a time, and again after the queue has emptied', async () => {
    const loop = handTurnedLoop();
    const turns = createTurnQueue(loop.schedule);
    const first = turns.wait();
    void turns.wait();
    expect(loop.pending).toBe(1);
    await loop.turn();
    await first;
    await loop.turn();
    expect(loop.pending).toBe(0);

    let late = false;
    void turns.wait().then(() => {
      late = true;
    });
    expect(loop.pending).toBe(1);
    await loop.turn();
    expect(late).toBe(true);
  });

  it('with setImmediate, releases each caller in a turn of the event loop of its own', async () => {
    let turn = 0;
    const countTurns = () => {
      turn++;
      if (turn < 20) setImmediate(countTurns);
    };
    // Scheduled first, so each check phase counts the turn before the queue releases anyone.
    setImmediate(countTurns);
    const turns = createTurnQueue();
    const releasedAt = await Promise.all([1, 2, 3, 4].map(() => turns.wait().then(() => turn)));
    expect(releasedAt).toEqual([1, 2, 3, 4]);
  });
});
