import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { TimelineControl } from '@/components/timeline/timeline-control';
import { SAMPLE } from '../../fixtures/map-data-sample';
import { RENDERER, render } from '../render';
import { WithDate } from './with-date';

/** The timeline on `initial`, stepping as the page would. */
const Timeline = ({ initial, onChange }: { initial: string; onChange: (date: string) => void }) => (
  <WithDate initial={initial} onChange={onChange}>
    {(value, change) => <TimelineControl dates={SAMPLE.dates} range={SAMPLE.dateRange} value={value} onChange={change} />}
  </WithDate>
);

const slider = () => page.getByRole('slider');

/** Renders the timeline on `initial` with the keyboard on its slider. */
async function onSlider(initial: string) {
  const onChange = vi.fn();
  await render(<Timeline initial={initial} onChange={onChange} />);
  (slider().element() as HTMLInputElement).focus();
  await expect.element(slider()).toHaveFocus();
  return onChange;
}

/** Presses `key` on the slider, then waits for the slider to say it shows `date`. */
async function press(key: string, date: string) {
  await userEvent.keyboard(`{${key}}`);
  await expect.element(slider()).toHaveAttribute('aria-valuetext', `As reported on ${date}`);
}

describe('TimelineControl', () => {
  it('says which day it shows, and whether anything was reported that day', async () => {
    await render(<Timeline initial="2022-06-24" onChange={vi.fn()} />);
    const label = page.getByText('As reported on', { exact: false });
    await expect.element(label).toHaveTextContent('As reported on 24 June 2022');
    await expect.element(slider()).toHaveAccessibleName('As reported on 24 June 2022');
    await userEvent.click(page.getByRole('button', { name: 'Next report: 25 June 2022' }));
    await expect.element(label).toHaveTextContent(/^As reported on 25 June 2022$/);
  });

  it('PageUp and PageDown step between reports, across the months with none', async () => {
    const onChange = await onSlider('2022-06-25');
    await press('PageUp', '28 June 2022');
    await press('PageUp', '30 June 2022');
    await press('PageUp', '7 February 2023');
    await press('PageDown', '30 June 2022');
    expect(onChange.mock.calls.flat()).toEqual(['2022-06-28', '2022-06-30', '2023-02-07', '2022-06-30']);
    await expect.element(slider()).toHaveFocus();
  });

  it('the arrow keys move one day, to days without reports too', async () => {
    const onChange = await onSlider('2022-06-25');
    await press('ArrowRight', '26 June 2022');
    await expect.element(page.getByText('(no report on this day)')).toBeInTheDocument();
    await press('ArrowUp', '27 June 2022');
    await press('ArrowLeft', '26 June 2022');
    await press('ArrowDown', '25 June 2022');
    await expect.element(page.getByText('(no report on this day)')).not.toBeInTheDocument();
    expect(onChange.mock.calls.flat()).toEqual(['2022-06-26', '2022-06-27', '2022-06-26', '2022-06-25']);
  });

  it('an arrow moves one day inside the long stretch without reports', async () => {
    const onChange = await onSlider('2022-06-30');
    await press('ArrowRight', '1 July 2022');
    await press('ArrowRight', '2 July 2022');
    expect(onChange.mock.calls.flat()).toEqual(['2022-07-01', '2022-07-02']);
  });

  it('stops at the end: no step past the last report or the last day', async () => {
    const onChange = await onSlider('2023-02-08');
    await expect.element(page.getByRole('button', { name: 'Next report: none' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{PageUp}');
    await userEvent.keyboard('{ArrowRight}');
    // A step that is taken shows that the keys above were handled before it.
    await press('PageDown', '7 February 2023');
    expect(onChange.mock.calls.flat()).toEqual(['2023-02-07']);
  });

  it('stops at the start: no report before the first, but days before it (the range starts on 1 June)', async () => {
    const onChange = await onSlider('2022-06-24');
    await expect.element(page.getByRole('button', { name: 'Previous report: none' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{PageDown}');
    await press('ArrowLeft', '23 June 2022');
    expect(onChange.mock.calls.flat()).toEqual(['2022-06-23']);
  });
});

describe('TimelineControl ids (useId)', () => {
  const ids = () => [...document.querySelectorAll('input[type="range"]')].map((input) => input.id);

  it('two timelines in one tree each get their own label and help text', async () => {
    await render(
      <>
        <Timeline initial="2022-06-24" onChange={vi.fn()} />
        <Timeline initial="2023-02-08" onChange={vi.fn()} />
      </>,
    );
    expect(new Set(ids()).size).toBe(2);
    await expect
      .element(page.getByRole('slider', { name: 'As reported on 24 June 2022' }))
      .toHaveAccessibleDescription(/^Arrow keys move one day/);
    await expect.element(page.getByRole('slider', { name: 'As reported on 8 February 2023' })).toBeInTheDocument();
  });

  it('in two separate roots: unique under React; under Preact both roots count from the same start (a known difference)', async () => {
    await render(<Timeline initial="2022-06-24" onChange={vi.fn()} />);
    await render(<Timeline initial="2023-02-08" onChange={vi.fn()} />);
    // Preact's useId numbers ids per root ("P0-0", "P0-1", …), so a second root repeats the first
    // root's ids and its label would point at the other root's slider. Keep components that use
    // useId in one root under Preact (the embed), or this test will say when Preact changes.
    expect(new Set(ids()).size).toBe(RENDERER === 'react' ? 2 : 1);
  });
});
