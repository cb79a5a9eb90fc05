import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ReportPanel } from '@/components/reports/report-panel';
import { samplePlace } from '../../fixtures/map-data-sample';
import { render } from '../render';

const donbas = samplePlace('donbas');

/** The page around the panel: a button opens it, its close button closes it (as "All reporting" does). */
function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open all reporting
      </button>
      {open && <ReportPanel place={donbas} date="2023-02-08" onClose={() => setOpen(false)} />}
    </>
  );
}

describe('ReportPanel', () => {
  it('groups every report under its source, in date order, each source cited once with its reliability notes', async () => {
    const { container } = await render(<ReportPanel place={donbas} date="2023-02-08" onClose={vi.fn()} />);
    await expect.element(page.getByRole('heading', { level: 2 })).toHaveTextContent('All reporting on Donbas (3)');
    const sources = [...container.querySelectorAll('section.panel-source')];
    expect(sources.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Nepal News',
      'Sky News',
      'mollbare.com (blog re-post of a BBC News report)',
    ]);
    expect(sources.map((s) => s.querySelectorAll('figure.report').length)).toEqual([1, 1, 1]);
    for (const s of sources) {
      expect(s.querySelectorAll('cite')).toHaveLength(1);
      expect(s.querySelector('cite')?.parentElement).toBe(s);
      expect(s.querySelectorAll('details.reliability li').length).toBeGreaterThan(0);
    }
    expect(container.querySelector('.panel-history .status-history-empty')?.textContent).toBe(
      'No control or activity is reported for this place.',
    );
  });

  it('focuses its heading when it opens and gives focus back to the opener when it closes', async () => {
    await render(<Opener />);
    const opener = page.getByRole('button', { name: 'Open all reporting' });
    // The click focuses the opener, which the panel remembers; its heading then takes focus.
    await userEvent.click(opener);
    const heading = page.getByRole('heading', { name: 'All reporting on Donbas (3)' });
    await expect.element(heading).toHaveFocus();
    await userEvent.click(page.getByRole('button', { name: 'Close the reporting panel' }));
    await expect.element(heading).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
  });

  it('gives focus back when closed from the keyboard', async () => {
    await render(<Opener />);
    const opener = page.getByRole('button', { name: 'Open all reporting' });
    (opener.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('heading', { name: 'All reporting on Donbas (3)' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Close the reporting panel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('region')).not.toBeInTheDocument();
    await expect.element(opener).toHaveFocus();
  });
});
