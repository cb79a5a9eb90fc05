/**
 * A place's quotes come from its reporting file (lib/data-files.ts), fetched when the place is
 * shown unless the page already has it (components/data/use-data-file.ts). Here the page has
 * nothing (an empty seed) and the network is the test's: each test gives the place a reporting URL
 * of its own, so no test sees another's request.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PlacePopup } from '@/components/reports/place-popup';
import { ReportPanel } from '@/components/reports/report-panel';
import { samplePlace, sampleReporting } from '../../fixtures/map-data-sample';
import { render } from '../render';

const refinery = samplePlace('lysychansk-refinery');
const withUrl = (url: string) => ({ ...refinery, reporting: url });
const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

/** A fetch that answers when the test says so, and counts what is asked of it. */
function deferredFetch() {
  const asked: string[] = [];
  const answers: ((response: Response) => void)[] = [];
  vi.spyOn(window, 'fetch').mockImplementation((input) => {
    asked.push(String(input));
    return new Promise((resolve) => answers.push(resolve));
  });
  return { asked, answer: (response: Response) => answers.shift()!(response) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the reporting of a place the page does not have yet', () => {
  it('states the situation at once, says the quotes are loading, then quotes them', async () => {
    const net = deferredFetch();
    const place = withUrl('/_test/loads.json');
    const { container } = await render(<PlacePopup place={place} date="2022-06-30" onOpenPanel={vi.fn()} onClose={vi.fn()} />, {});
    expect(container.querySelector('.situation')?.textContent).toContain('Russian troops inside');
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading the quotes…');
    expect(container.querySelector('figure.report')).toBeNull();
    // The precision note comes with the same file: the radius at once, the note's place says it is loading.
    expect(container.querySelector('.precision-note summary')?.textContent).toBe('Approximate location, within about 3,000 m');
    expect(container.querySelector('.precision-note .reporting-pending')?.textContent).toBe('Loading the note…');
    expect(net.asked).toEqual(['/_test/loads.json']);
    net.answer(json(sampleReporting(refinery.id)));
    await expect.element(page.getByRole('figure').first()).toBeInTheDocument();
    expect(container.querySelector('blockquote.report-quote')?.textContent).toBe(`“${sampleReporting(refinery.id).reports[0]!.quote}”`);
    expect(container.querySelector('.reporting-pending')).toBeNull();
    expect(container.querySelector('.precision-note')?.textContent).toContain(sampleReporting(refinery.id).precisionNote!);
  });

  it('asks once for a file that several components show', async () => {
    const net = deferredFetch();
    const place = withUrl('/_test/once.json');
    await render(
      <>
        <PlacePopup place={place} date="2022-06-30" onOpenPanel={vi.fn()} onClose={vi.fn()} />
        <ReportPanel place={place} date="2022-06-30" onClose={vi.fn()} />
      </>,
      {},
    );
    await expect.poll(() => net.asked.length).toBe(1);
    net.answer(json(sampleReporting(refinery.id)));
    await expect.element(page.getByRole('region').getByRole('figure').first()).toBeInTheDocument();
    await expect.element(page.getByRole('dialog').getByRole('figure').first()).toBeInTheDocument();
    expect(net.asked).toEqual(['/_test/once.json']);
  });

  it('says so when the file cannot be loaded, and loads it on "Try again"', async () => {
    const net = deferredFetch();
    const place = withUrl('/_test/fails.json');
    const { container } = await render(<ReportPanel place={place} date="2022-06-30" onClose={vi.fn()} />, {});
    // Answer each request once it is made: the renderer may make it after the state that shows it.
    await expect.poll(() => net.asked.length).toBe(1);
    net.answer(new Response('gone', { status: 404 }));
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent('The quotes could not be loaded. Try again');
    await userEvent.click(alert.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading the quotes…');
    await expect.poll(() => net.asked.length).toBe(2);
    net.answer(json(sampleReporting(refinery.id)));
    await expect.element(page.getByRole('figure').first()).toBeInTheDocument();
    expect(net.asked).toEqual(['/_test/fails.json', '/_test/fails.json']);
    expect(container.querySelectorAll('section.panel-source').length).toBeGreaterThan(0);
  });
});
