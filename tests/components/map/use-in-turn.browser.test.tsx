import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { useInTurn } from '@/components/map/use-in-turn';
import { render } from '../render';

function Counter({ total, seen }: { total: number; seen: number[] }) {
  const drawn = useInTurn(total);
  useEffect(() => {
    seen.push(drawn);
  }, [drawn, seen]);
  return <output>{drawn}</output>;
}

describe('useInTurn', () => {
  it('draws none at first, then one more in each commit of its own, up to the total', async () => {
    const seen: number[] = [];
    const { container } = await render(<Counter total={3} seen={seen} />);
    // Every count was committed on its own: no two things were drawn in the same commit. (Polled:
    // Preact runs effects after the paint, so the last may come after the text shows it.)
    await expect.poll(() => [...seen]).toEqual([0, 1, 2, 3]);
    expect(container.textContent).toBe('3');
  });

  it('never counts past the total', async () => {
    const seen: number[] = [];
    const { container, rerender } = await render(<Counter total={2} seen={seen} />);
    await expect.poll(() => container.textContent).toBe('2');
    await rerender(<Counter total={1} seen={seen} />);
    expect(container.textContent).toBe('1');
  });
});
