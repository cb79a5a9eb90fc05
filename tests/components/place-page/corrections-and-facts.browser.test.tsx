import { describe, expect, it } from 'vitest';
import { CorrectionsList } from '@/components/corrections/corrections-list';
import { PlaceFacts } from '@/components/place-page/place-facts';
import type { Correction } from '@/lib/corrections';
import type { PlacePage } from '@/lib/place-page';
import { render } from '../render';

const CORRECTION: Correction = {
  id: 'azot-outline',
  date: '2026-11-20',
  title: 'Azot plant outline moved',
  what: 'The outline of the Azot plant was moved 300 m north.',
  why: 'A closer reading of the source.',
  places: ['azot'],
  reports: ['r1', 'r2', 'r3', 'r4', 'r5'],
  sources: [],
};

/** Only what PlaceFacts reads of a place's page. */
const PAGE = {
  id: 'azot',
  kind: 'facility',
  layer: { id: 'facilities', title: 'Industrial sites', title_uk: 'Промислові об’єкти' },
  geometry: { type: 'Polygon', coordinates: [] },
  label_point: [38.48, 48.95],
  extent: [38.47, 48.94, 38.49, 48.96],
  precision: { type: 'approximate', radius_m: 1500, note: 'Outline estimated from satellite imagery.' },
  geometry_source: { method: 'Traced by hand.', references: ['https://example.org/azot'], attribution: ['osm'] },
  credits: [{ text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright', licence: 'ODbL 1.0' }],
  container: { id: 'severodonetsk', name: 'Severodonetsk', name_uk: 'Сєвєродонецьк' },
  parts: [],
} as unknown as PlacePage;

describe('a place’s page in Ukrainian', () => {
  it('the corrections: labels and counts in Ukrainian, the entries’ own English words marked as English', async () => {
    const { container } = await render(
      <CorrectionsList corrections={[CORRECTION]} names={{ places: { azot: 'Азот' }, sources: {} }} />,
      {},
      'uk',
    );
    const entry = container.querySelector('.correction')!;
    expect(entry.querySelector('h3')?.getAttribute('lang')).toBe('en');
    expect(entry.querySelector('.correction-date')?.textContent).toBe('Виправлено 20 листопада 2026 р.');
    const what = [...entry.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Що змінилося:'))!;
    expect(what.querySelector('span[lang="en"]')?.textContent).toBe(CORRECTION.what);
    const touched = entry.querySelector('.correction-touched')!;
    expect(touched.textContent).toBe('Стосується: Азот; 5 повідомлень');
    expect(touched.querySelector('a')?.getAttribute('href')).toBe('/uk/places/azot');
  });

  it('links a place’s correction to the log in Ukrainian', async () => {
    const { container } = await render(<CorrectionsList corrections={[CORRECTION]} linkToLog />, {}, 'uk');
    const link = container.querySelector('.correction a')!;
    expect(link.textContent).toBe('Це виправлення в журналі');
    expect(link.getAttribute('href')).toMatch(/^\/uk\/about#/);
  });

  it('the facts: words in Ukrainian, numbers as Ukrainian writes them, the data’s English marked', async () => {
    const { container } = await render(<PlaceFacts page={PAGE} />, {}, 'uk');
    const terms = [...container.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toEqual(['Тип', 'Входить до', 'Намальовано як', 'Точка підпису', 'Охоплення', 'Точність', 'Як намальовано', 'Авторство']);
    const [kind, partOf, , labelPoint, , precision] = [...container.querySelectorAll('dd')];
    expect(labelPoint?.textContent).toBe('48,95° пн. ш., 38,48° сх. д.');
    // The layer's own title in Ukrainian (geo/layers.json title_uk).
    expect(kind?.textContent).toBe('Промисловий об’єкт, у шарі мапи «Промислові об’єкти»');
    expect(kind?.querySelector('[lang="en"]')).toBeNull();
    expect(partOf?.querySelector('a')?.textContent).toBe('Сєвєродонецьк');
    expect(partOf?.querySelector('a')?.getAttribute('href')).toBe('/uk/places/severodonetsk');
    // Intl's Ukrainian groups thousands with a no-break space.
    expect(precision?.textContent?.replace(/\s/g, ' ')).toBe('Приблизне, у межах близько 1 500 м. Outline estimated from satellite imagery.');
    expect(precision?.querySelector('[lang="en"]')?.textContent).toBe(PAGE.precision.type === 'approximate' ? PAGE.precision.note : '');
  });
});
