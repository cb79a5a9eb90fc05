import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { MapLegend } from '@/components/map/map-legend';
import { CONTROL_COLOURS, THEME, THEME_DARK } from '@/lib/styles';
import { render } from '../render';

const items = (list: Element | null | undefined) => [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent?.trim());

describe('MapLegend', () => {
  it('lists the visible layers in their order, then the situation styles when a situation-styled layer shows', async () => {
    const { container } = await render(<MapLegend keys={['city', 'region']} initiallyOpen theme="light" />);
    const legend = container.querySelector<HTMLDetailsElement>('details.map-legend')!;
    expect(legend.open).toBe(true);
    expect(legend.getAttribute('aria-label')).toBe('Legend');
    const [layers, statuses] = legend.querySelectorAll('ul');
    expect(items(layers)).toEqual(['City (urban extent)', 'Region (oblast) boundary']);
    expect(legend.querySelector('h3')?.textContent).toBe('Situation (cities and sites)');
    expect(items(statuses)).toEqual([
      'Ukrainian control',
      'Contested',
      'Russian control',
      'Control not reported',
      'Fighting or movement reported (outline)',
      'Control claimed, not confirmed (dashed)',
      'Last reported more than 7 days before this date (faded)',
    ]);
  });

  it('draws each swatch from the style table, with SVG presentation attributes the browser applies', async () => {
    const { container } = await render(<MapLegend keys={['city', 'region', 'facility']} initiallyOpen theme="light" />);
    const svgs = container.querySelectorAll('svg');
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
    }
    const city = container.querySelector('li svg rect')!;
    expect(city.getAttribute('fill')).toBe(THEME.cityFill);
    expect(city.getAttribute('fill-opacity')).toBe('0.25');
    expect(city.getAttribute('stroke-width')).toBe('2');
    expect(getComputedStyle(city).strokeWidth).toBe('2px');
    const region = container.querySelector('li svg line')!;
    expect(region.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(getComputedStyle(region).stroke).toBe('rgb(77, 77, 77)');
    // The facility layer brings the uncertainty circle, and swatches in the control colours.
    expect(items(container.querySelector('ul'))).toContain('Approximate site (uncertainty radius)');
    const held = [...container.querySelectorAll('li')].find((li) => li.textContent?.includes('Ukrainian control'));
    expect(held?.querySelector('circle')?.getAttribute('fill')).toBe(CONTROL_COLOURS.ukrainian);
  });

  it('starts closed when asked (phones), opens from its summary, and uses the dark colours', async () => {
    const { container } = await render(<MapLegend keys={['river']} initiallyOpen={false} theme="dark" />);
    const legend = container.querySelector<HTMLDetailsElement>('details.map-legend')!;
    expect(legend.open).toBe(false);
    await userEvent.click(page.getByText('Legend', { exact: true }));
    await expect.poll(() => legend.open).toBe(true);
    expect(items(legend.querySelector('ul'))).toEqual(['River']);
    // A river is not status-styled: no status colours.
    expect(legend.querySelector('h3')).toBeNull();
    expect(legend.querySelector('line')?.getAttribute('stroke')).toBe(THEME_DARK.river);
  });

  it('renders nothing without a visible layer', async () => {
    const { container } = await render(<MapLegend keys={[]} initiallyOpen theme="light" />);
    expect(container.childElementCount).toBe(0);
  });
});
