import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PlacePopup } from '@/components/reports/place-popup';
import { samplePlace } from '../../fixtures/map-data-sample';
import { render } from '../render';

const refinery = samplePlace('lysychansk-refinery');

function renderPopup(date: string) {
  const onOpenPanel = vi.fn();
  const onClose = vi.fn();
  return { onOpenPanel, onClose, rendered: render(<PlacePopup place={refinery} date={date} onOpenPanel={onOpenPanel} onClose={onClose} />) };
}

describe('PlacePopup', () => {
  it('is a dialog named by its heading, the place in English and Ukrainian, which takes focus', async () => {
    await renderPopup('2022-06-30').rendered;
    const dialog = page.getByRole('dialog', { name: 'Lysychansk oil refinery Лисичанський НПЗ' });
    await expect.element(dialog).toBeInTheDocument();
    const heading = page.getByRole('heading', { level: 2 });
    await expect.element(heading).toHaveTextContent('Lysychansk oil refinery Лисичанський НПЗ');
    await expect.element(heading).toHaveFocus();
    expect(heading.element().querySelector('[lang="uk"]')?.textContent).toBe('Лисичанський НПЗ');
  });

  it('states the situation as reported on the chosen date', async () => {
    const { container } = await renderPopup('2022-06-30').rendered;
    const lines = [...container.querySelectorAll('.situation p')].map((p) => p.textContent);
    expect(lines).toEqual([
      'As reported on 30 June 2022: Control not reported',
      'Activity: Under attack (seen or heard by the reporter: Sky News team, "not more than 48 hours earlier", c. 28–30 June 2022); ' +
        'Russian troops inside (claimed, not confirmed: Russian media (video), c. 30 June 2022)',
      'Last reported c. 28–30 June 2022.',
    ]);
  });

  it('says nothing was reported yet on a date before the first report, and marks its quote as later', async () => {
    const { container } = await renderPopup('2022-06-29').rendered;
    expect(container.querySelector('.situation')?.textContent).toBe('As reported on 29 June 2022: nothing reported yet');
    expect(container.querySelector('figure.report')?.getAttribute('data-later')).toBe('true');
  });

  it('notes an approximate location, with its radius, and why from the place’s reporting file', async () => {
    const { container } = await renderPopup('2022-06-30').rendered;
    expect(container.querySelector('.precision-note summary')?.textContent).toBe('Approximate location, within about 3,000 m');
    // The note is not in the map data (lib/map-data.ts MapPrecision) but in the reporting file the pop-up loads.
    expect(container.querySelector('.precision-note')?.textContent).toContain('Estimated site, not a surveyed one; two candidate sites remain');
  });

  it('calls back from "All reporting (N)" and from its close button', async () => {
    const { onOpenPanel, onClose, rendered } = renderPopup('2022-06-30');
    await rendered;
    await userEvent.click(page.getByRole('button', { name: 'All reporting (1)' }));
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(page.getByRole('button', { name: 'Close Lysychansk oil refinery' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('keeps the status history in a closed section', async () => {
    const { container } = await renderPopup('2022-06-30').rendered;
    const history = container.querySelector<HTMLDetailsElement>('details.popup-history')!;
    expect(history.open).toBe(false);
    expect(history.querySelectorAll('ol.status-history > li')).toHaveLength(2);
  });

  it('a place whose container later reports another control: possibly out of date, not drawn as held, with both quotes', async () => {
    const azot = samplePlace('azot');
    const { container } = await render(
      <PlacePopup place={azot} container={samplePlace('severodonetsk')} date="2022-07-01" onOpenPanel={vi.fn()} onClose={vi.fn()} />,
    );
    expect(container.querySelector('.situation-control')?.textContent).toContain('Last reported: Ukrainian control');
    expect(container.querySelector('.situation-control .status-dot')?.getAttribute('style')).toContain('--control-none');
    expect(container.querySelector('.situation-outdated')?.textContent).toBe(
      'Possibly out of date: Severodonetsk, which it is part of, was reported later as Russian control (as reported: Sky News (Alex Crawford), c. 25–26 June 2022).',
    );
    // Azot's own quote, then Severodonetsk's that supersedes it.
    const quotes = [...container.querySelectorAll('figure.report blockquote')].map((q) => q.textContent);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toContain('pushed into a few square blocks around the Azot chemical plant');
    expect(container.querySelector('.outdated-by blockquote')?.textContent).toContain('now under Russian control since the weekend');
  });
});
