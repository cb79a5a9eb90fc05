import { describe, expect, it } from 'vitest';
import { StatusHistory } from '@/components/reports/status-history';
import { samplePlace, sampleReporting } from '../../fixtures/map-data-sample';
import { render } from '../render';

const refinery = samplePlace('lysychansk-refinery');

/** Each change's line without its quote and citation (the pop-up's form). */
const lines = (container: HTMLElement) => [...container.querySelectorAll('ol.status-history > li')].map((li) => li.textContent);

describe('StatusHistory', () => {
  it('lists each assertion with its date, control or activity, and who says so; no quotes in the short form', async () => {
    const { container } = await render(<StatusHistory placeId={refinery.id} reports={refinery.reports} date="2022-06-30" />);
    expect(lines(container)).toEqual([
      'c. 28–30 June 2022: Under attack (seen or heard by the reporter: Sky News team, "not more than 48 hours earlier")',
      'c. 30 June 2022: Russian troops inside (claimed, not confirmed: Russian media (video))',
    ]);
    expect([...container.querySelectorAll('li')].map((li) => li.className)).toEqual([
      'status-change activity-under-attack',
      'status-change activity-russian-troops-inside',
    ]);
    expect(container.querySelector('blockquote')).toBeNull();
    expect(container.querySelector('cite')).toBeNull();
    // Only control has a colour on the map, so only control gets its swatch.
    expect(container.querySelectorAll('.status-dot')).toHaveLength(0);
  });

  it('gives control its swatch: Severodonetsk contested and withdrawing, then under Russian control', async () => {
    const city = samplePlace('severodonetsk');
    const { container } = await render(<StatusHistory placeId={city.id} reports={city.reports} date="2022-07-01" />);
    expect(lines(container)).toEqual([
      'c. 24 June 2022: Contested (as reported: CNN, via Nepal News)',
      'c. 24 June 2022: Ukrainian withdrawal (as reported: CNN, via Nepal News)',
      'c. 25–26 June 2022: Russian control (as reported: Sky News (Alex Crawford))',
    ]);
    expect(container.querySelectorAll('li > .status-dot[aria-hidden="true"]')).toHaveLength(2);
  });

  it('marks changes published after the chosen date as later reporting', async () => {
    const { container } = await render(<StatusHistory placeId={refinery.id} reports={refinery.reports} date="2022-06-29" />);
    const items = [...container.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-later'))).toEqual(['true', 'true']);
    expect(items[0]!.querySelector('.later-badge')?.textContent).toBe(' · later reporting, published c. 30 June – 2 July 2022');
  });

  it('in full, gives each change its quote and citation', async () => {
    const { container } = await render(
      <StatusHistory placeId={refinery.id} reports={refinery.reports} date="2022-06-30" quoted={sampleReporting(refinery.id).reports} />,
    );
    const items = [...container.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    for (const li of items) {
      expect(li.querySelector('blockquote.report-quote')?.textContent).toBe(`“${sampleReporting(refinery.id).reports[0]!.quote}”`);
      expect(li.querySelector('cite .citation-outlet')?.textContent).toBe('Sky News');
    }
  });

  it('says so when no control or activity is reported', async () => {
    const donbas = samplePlace('donbas');
    const { container } = await render(
      <StatusHistory placeId={donbas.id} reports={donbas.reports} date="2023-02-08" quoted={sampleReporting(donbas.id).reports} />,
    );
    expect(container.querySelector('ol')).toBeNull();
    expect(container.textContent).toBe('No control or activity is reported for this place.');
  });
});
