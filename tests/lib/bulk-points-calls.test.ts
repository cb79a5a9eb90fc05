import { describe, expect, it } from 'vitest';
import { bulkPointsCalls } from '@/lib/bulk-points-calls';

describe('bulkPointsCalls', () => {
  const key = { date: '2022-06-30', theme: 'light' };
  const props = (selected: number, styleKey: unknown) => ({
    selected,
    styleKey,
    onPointClick: () => {},
    styleAt: () => ({ color: '#000', weight: 1, opacity: 1 }),
  });

  it('asks nothing when only handlers and style functions are new (a parent re-rendering on each click)', () => {
    expect(bulkPointsCalls(props(3, key), props(3, key))).toEqual({ restyle: false });
  });

  it('selects a new point, or none, without restyling', () => {
    expect(bulkPointsCalls(props(-1, key), props(7, key))).toEqual({ setSelected: 7, restyle: false });
    expect(bulkPointsCalls(props(7, key), props(-1, key))).toEqual({ setSelected: -1, restyle: false });
  });

  it('restyles when the style key changes, and only then', () => {
    expect(bulkPointsCalls(props(2, key), props(2, { ...key }))).toEqual({ restyle: true });
    expect(bulkPointsCalls(props(2, '2022-06-30'), props(2, '2022-07-01'))).toEqual({ restyle: true });
    expect(bulkPointsCalls(props(2, '2022-06-30'), props(2, '2022-06-30'))).toEqual({ restyle: false });
    expect(bulkPointsCalls(props(2, Number.NaN), props(2, Number.NaN))).toEqual({ restyle: false });
    expect(bulkPointsCalls(props(2, 'a'), props(5, 'b'))).toEqual({ setSelected: 5, restyle: true });
  });
});
