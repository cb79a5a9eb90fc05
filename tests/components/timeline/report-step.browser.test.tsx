import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DateStepper } from '@/components/timeline/date-stepper';
import { ReportStep } from '@/components/timeline/report-step';
import { SAMPLE } from '../../fixtures/map-data-sample';
import { render } from '../render';
import { WithDate } from './with-date';

/** The sheet's stepper on `initial`, stepping as the page would. */
const Stepper = ({ initial, onChange }: { initial: string; onChange: (date: string) => void }) => (
  <WithDate initial={initial} onChange={onChange}>
    {(value, change) => <DateStepper dates={SAMPLE.dates} value={value} onChange={change} />}
  </WithDate>
);

describe('ReportStep', () => {
  it('steps to its target, named in its label', async () => {
    const onChange = vi.fn();
    await render(
      <ReportStep direction="previous" target="2022-06-24" onChange={onChange}>
        ‹
      </ReportStep>,
    );
    await userEvent.click(page.getByRole('button', { name: 'Previous report: 24 June 2022' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2022-06-24');
  });

  it('at an end is aria-disabled, not disabled: it can be focused and clicking does nothing', async () => {
    const onChange = vi.fn();
    await render(
      <ReportStep direction="next" onChange={onChange}>
        ›
      </ReportStep>,
    );
    const button = page.getByRole('button', { name: 'Next report: none' });
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    await expect.element(button).not.toHaveAttribute('disabled');
    (button.element() as HTMLButtonElement).focus();
    await expect.element(button).toHaveFocus();
    // Playwright will not click what is aria-disabled unless forced; a user's click still lands.
    await userEvent.click(button, { force: true });
    await userEvent.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('DateStepper', () => {
  it('steps between reports', async () => {
    const onChange = vi.fn();
    await render(<Stepper initial="2022-06-30" onChange={onChange} />);
    const group = page.getByRole('group', { name: 'Report date' });
    await expect.element(group).toHaveTextContent('‹30 Jun 2022›');
    // Across the months without reporting, straight to the next report.
    await userEvent.click(page.getByRole('button', { name: 'Next report: 7 February 2023' }));
    await expect.element(group).toHaveTextContent('‹7 Feb 2023›');
    await userEvent.click(page.getByRole('button', { name: 'Previous report: 30 June 2022' }));
    await expect.element(group).toHaveTextContent('‹30 Jun 2022›');
    expect(onChange.mock.calls).toEqual([['2023-02-07'], ['2022-06-30']]);
  });

  it('stepping to the last report leaves the next button aria-disabled, not disabled, and focus on it', async () => {
    const onChange = vi.fn();
    await render(<Stepper initial="2023-02-07" onChange={onChange} />);
    const next = page.getByRole('button', { name: 'Next report: 8 February 2023' });
    const element = next.element();
    await userEvent.click(next);
    const atEnd = page.getByRole('button', { name: 'Next report: none' });
    await expect.element(atEnd).toHaveAttribute('aria-disabled', 'true');
    // The same button: it stayed in place, so focus did not fall to the page.
    expect(atEnd.element()).toBe(element);
    await expect.element(atEnd).not.toHaveAttribute('disabled');
    await expect.element(atEnd).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(atEnd, { force: true });
    await expect.element(atEnd).toHaveFocus();
    expect(onChange.mock.calls).toEqual([['2023-02-08']]);
    await expect.element(page.getByRole('group', { name: 'Report date' })).toHaveTextContent('‹8 Feb 2023›');
  });

  it('at the first report, the previous button is the one marked unavailable', async () => {
    await render(<Stepper initial="2022-06-24" onChange={vi.fn()} />);
    await expect.element(page.getByRole('button', { name: 'Previous report: none' })).toHaveAttribute('aria-disabled', 'true');
    await expect.element(page.getByRole('button', { name: 'Next report: 25 June 2022' })).not.toHaveAttribute('aria-disabled');
  });
});
