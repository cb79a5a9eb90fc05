import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ReportQuote } from '@/components/reports/report-quote';
import { samplePlace, sampleReporting } from '../../fixtures/map-data-sample';
import { render } from '../render';

const refinery = samplePlace('lysychansk-refinery');
const refineryReport = sampleReporting(refinery.id).reports[0]!;
const kramatorsk = samplePlace('kramatorsk');

describe('ReportQuote', () => {
  it('shows the quote word for word in a blockquote, with what it asserts about the place and its citation', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} />);
    const quote = container.querySelector('figure.report > blockquote.report-quote');
    expect(quote?.textContent).toBe(`“${refineryReport.quote}”`);
    // The words geo/reports.json holds for sky-refinery-russian-media, copied from the source.
    expect(quote?.textContent).toContain('It’s only six miles from the city’s heart.');
    expect([...container.querySelectorAll('.report-assertions li')].map((li) => li.textContent)).toEqual([
      'Under attack (seen or heard by the reporter: Sky News team, "not more than 48 hours earlier") — c. 28–30 June 2022',
      'Russian troops inside (claimed, not confirmed: Russian media (video))',
    ]);
    expect(container.querySelector('cite.citation .citation-outlet')?.textContent).toBe('Sky News');
    expect(container.querySelector('figure')?.dataset.reportId).toBe('sky-refinery-russian-media');
  });

  it('gives each claim a badge with its verdict, which opens to how it was measured', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} />);
    const badges = [...container.querySelectorAll<HTMLDetailsElement>('.claim-badges > details.claim-badge')];
    expect(badges.map((b) => [b.dataset.claimId, b.className])).toEqual([
      ['refinery-six-miles', 'claim-badge claim-consistent'],
      ['refinery-south-west-of-centre', 'claim-badge claim-consistent'],
      ['refinery-on-city-edge', 'claim-badge claim-consistent'],
    ]);
    expect(badges[0]!.getAttribute('aria-label')).toBe('Map check of “It’s only six miles from the city’s heart.”: consistent');
    expect(badges[0]!.querySelector('summary')?.textContent).toMatch(
      /^Map check: Lysychansk oil refinery 3\.2–9\.2 km .* consistent with ‘six miles’$/,
    );
    const method = page.elementLocator(badges[0]!.querySelector('.claim-method')!);
    await expect.element(method).not.toBeVisible();
    await userEvent.click(page.elementLocator(badges[0]!.querySelector('summary')!));
    await expect.element(method).toBeVisible();
    expect(badges[0]!.open).toBe(true);
  });

  it('names an inconsistent verdict in the badge’s class and accessible name (a made-up verdict: the data has none today)', async () => {
    const [first, ...rest] = refineryReport.claims!;
    const report = { ...refineryReport, claims: [{ ...first!, verdict: 'inconsistent' as const, agreement: null }, ...rest] };
    const { container } = await render(<ReportQuote report={report} placeId={refinery.id} />);
    const badge = container.querySelector<HTMLDetailsElement>('details.claim-badge[data-claim-id="refinery-six-miles"]')!;
    expect(badge.className).toBe('claim-badge claim-inconsistent');
    expect(badge.getAttribute('aria-label')).toBe('Map check of “It’s only six miles from the city’s heart.”: inconsistent');
  });

  it('says only when it describes when that is the day it was reported', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} />);
    expect(container.querySelector('.report-dates')?.textContent).toBe('Describes c. 30 June 2022');
    expect(container.querySelector('.report-dates time')?.getAttribute('datetime')).toBe('2022-06-30');
  });

  it('adds the day it was reported when that differs', async () => {
    const { container } = await render(<ReportQuote report={sampleReporting(kramatorsk.id).reports[0]!} placeId={kramatorsk.id} />);
    expect(container.querySelector('.report-dates')?.textContent).toBe('Describes c. 7 February 2023 · reported c. 8 February 2023');
    expect([...container.querySelectorAll('.report-dates time')].map((t) => t.getAttribute('datetime'))).toEqual(['2023-02-07', '2023-02-08']);
    // The report names Kramatorsk but asserts no status for it.
    expect(container.querySelector('.report-assertions')).toBeNull();
  });

  it('marks a report published after the chosen date as later reporting, and only then', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} date="2022-06-29" />);
    expect(container.querySelector('figure')?.getAttribute('data-later')).toBe('true');
    expect(container.querySelector('.later-badge')?.textContent).toBe('Later reporting: not yet published on the chosen date');
    const onTheDay = await render(<ReportQuote report={refineryReport} placeId={refinery.id} date="2022-06-30" />);
    expect(onTheDay.container.querySelector('figure')?.hasAttribute('data-later')).toBe(false);
    expect(onTheDay.container.querySelector('.later-badge')).toBeNull();
  });

  it('leaves the citation out when asked (the panel cites each source once)', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} withoutCitation />);
    expect(container.querySelector('cite')).toBeNull();
    expect(container.querySelector('blockquote')).not.toBeNull();
  });
});
