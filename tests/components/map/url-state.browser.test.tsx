/**
 * The main page's state in its URL (components/map/use-url-state.ts): a selection adds a history
 * entry, a pan replaces the current one, and each rendered state reaches the URL even when React
 * renders queued updates in another order than they were made (a pan's before a selection's).
 */
import { startTransition } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { type HistoryMode, useUrlState } from '@/components/map/use-url-state';
import type { UrlState } from '@/lib/url-state';
import { inAct, render } from '../render';

const KNOWN = { places: ['lysychansk', 'severodonetsk'], layers: ['cities'] };
const LAYERS = ['cities'];
type Update = (patch: Partial<UrlState>, mode: HistoryMode) => void;

function Harness({ initial, onUpdate }: { initial: UrlState; onUpdate: (update: Update) => void }) {
  const [state, update] = useUrlState(initial, KNOWN, LAYERS);
  onUpdate(update);
  return <output>{state.place ?? 'none'}</output>;
}

/** Mounts the hook and hands its update function to the test. */
async function mountUrlState(initial: UrlState) {
  let update: Update | undefined;
  const { container } = await render(<Harness initial={initial} onUpdate={(u) => (update = u)} />);
  return { update: update!, shown: () => container.querySelector('output')!.textContent };
}

// The test page's own address, put back after each test (its path never changes).
const pageUrl = window.location.href;
afterEach(() => {
  window.history.replaceState(null, '', pageUrl);
});

/** The page's URL as a reader opened it. */
const openAt = (query: string) => window.history.replaceState(null, '', `${window.location.pathname}${query}`);

describe('the map starts from its URL', () => {
  it('takes the URL’s state over the one the server rendered (a prerendered page is the same for every URL), leaving the URL as it is', async () => {
    openAt('?place=severodonetsk&keep=1');
    const { shown } = await mountUrlState({ tiles: true });
    expect(shown()).toBe('severodonetsk');
    expect(window.location.search).toBe('?place=severodonetsk&keep=1');
  });

  it('drops what the known ids lack from the URL’s state', async () => {
    openAt('?place=nowhere');
    const { shown } = await mountUrlState({ tiles: true });
    expect(shown()).toBe('none');
  });
});

describe('the URL follows the map', () => {
  it('leaves the URL it loaded with as it is, then replaces it on a pan and pushes on a selection', async () => {
    openAt('?place=lysychansk&keep=1');
    const entries = window.history.length;
    const { update } = await mountUrlState({ tiles: true });
    expect(window.location.search).toBe('?place=lysychansk&keep=1');
    await inAct(() => update({ zoom: 12, center: [48.9, 38.4] }, 'replace'));
    expect(new URLSearchParams(window.location.search).get('place')).toBe('lysychansk');
    expect(new URLSearchParams(window.location.search).get('z')).toBe('12');
    expect(window.history.length).toBe(entries);
    await inAct(() => update({ place: 'severodonetsk' }, 'push'));
    expect(new URLSearchParams(window.location.search).get('place')).toBe('severodonetsk');
    expect(window.history.length).toBe(entries + 1);
  });

  it('a selection closed while a pan renders first still ends in a new entry without the place', async () => {
    openAt('?place=lysychansk');
    const { update, shown } = await mountUrlState({ tiles: true });
    await inAct(() => update({ zoom: 11, center: [48.9, 38.4] }, 'replace'));
    const entries = window.history.length;
    // The pan as an urgent update, the closing as a transition: React renders the pan alone first.
    await inAct(() => {
      update({ zoom: 12, center: [48.87, 38.43] }, 'replace');
      startTransition(() => update({ place: undefined }, 'push'));
    });
    expect(shown()).toBe('none');
    const query = new URLSearchParams(window.location.search);
    expect(query.get('place')).toBeNull();
    expect(query.get('z')).toBe('12');
    expect(window.history.length).toBe(entries + 1);
  });
});
