/**
 * The interface in Ukrainian (issue 15): its words from messages/uk.json, counts in Ukrainian plural
 * forms, dates through Intl, place names in Ukrainian first, and the quotes left word for word in
 * English, marked lang="en" so that a Ukrainian page says which language they are in.
 */
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { PlaceEntry } from '@/components/places/place-list';
import { PlacePopup } from '@/components/reports/place-popup';
import { ReportPanel } from '@/components/reports/report-panel';
import { ReportQuote } from '@/components/reports/report-quote';
import { StoryPanel } from '@/components/story/story-panel';
import { TimelineControl } from '@/components/timeline/timeline-control';
import { SAMPLE, samplePlace, sampleReporting } from '../../fixtures/map-data-sample';
import { render } from '../render';

const refinery = samplePlace('lysychansk-refinery');
const refineryReport = sampleReporting(refinery.id).reports[0]!;

describe('in Ukrainian', () => {
  it('quotes a report word for word in English, marked as such, with its dates and words in Ukrainian', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} date="2022-06-29" />, undefined, 'uk');
    const quote = container.querySelector('blockquote.report-quote')!;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.textContent).toBe(`“${refineryReport.quote}”`);
    expect(quote.textContent).toContain('It’s only six miles from the city’s heart.');
    expect(container.querySelector('.later-badge')?.textContent).toBe('Пізніше повідомлення: на обрану дату ще не опубліковане');
    expect(container.querySelector('.report-dates')?.textContent).toBe('Описує події бл. 30 червня 2022 р.');
    expect(container.querySelector('.report-assertions li')?.textContent).toMatch(/^Під атакою \(бачив або чув репортер: Sky News team/);
    expect(container.querySelector('cite .citation-outlet')?.getAttribute('lang')).toBe('en');
    expect(['Джерело', 'Копія тексту (посилання на оригінал невідоме)']).toContain(container.querySelector('cite a')?.textContent);
  });

  it('names a claim check in Ukrainian and keeps the checked words verbatim in English', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} />, undefined, 'uk');
    const badge = container.querySelector<HTMLDetailsElement>('details.claim-badge[data-claim-id="refinery-six-miles"]')!;
    expect(badge.getAttribute('aria-label')).toBe('Перевірка за мапою «It’s only six miles from the city’s heart.»: узгоджується');
    const checked = badge.querySelector('q')!;
    expect(checked.getAttribute('lang')).toBe('en');
    expect(checked.textContent).toBe('It’s only six miles from the city’s heart.');
    expect(checked.parentElement?.textContent).toBe('Перевірені слова: It’s only six miles from the city’s heart.');
    expect(badge.querySelector('a')?.getAttribute('href')).toBe('/uk/about#claims');
  });

  it('words a map check’s line in Ukrainian, the words checked left in English and marked so', async () => {
    const { container } = await render(<ReportQuote report={refineryReport} placeId={refinery.id} />, undefined, 'uk');
    const summary = container.querySelector('details.claim-badge[data-claim-id="refinery-six-miles"] > summary')!;
    expect(summary.textContent).toBe(
      'Перевірка за мапою: відстань Лисичанськ — Лисичанський НПЗ між центрами: 3,2–9,2 км (2,0–5,7 милі) — узгоджується з «six miles»',
    );
    // The line is in the page's language (no element from it up to the rendered tree says otherwise); only the words checked are marked as English.
    const marked: string[] = [];
    for (let el: Element | null = summary; el && el !== container; el = el.parentElement) if (el.hasAttribute('lang')) marked.push(el.tagName);
    expect(marked).toEqual([]);
    expect([...summary.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([['en', 'six miles']]);
    // How it was measured stays the build's English, each line marked; the verdict's sentence that ends it is Ukrainian.
    const lines = [...container.querySelectorAll('details.claim-badge[data-claim-id="refinery-six-miles"] .claim-method li')];
    expect(lines.length).toBeGreaterThan(1);
    for (const li of lines.slice(0, -1)) expect(li.getAttribute('lang')).toBe('en');
    expect(lines.at(-1)?.hasAttribute('lang')).toBe(false);
    expect(lines.at(-1)?.textContent).toMatch(/^Висновок: узгоджується\. Частина того, що допускає точність мапи/);
    const direction = container.querySelector('details.claim-badge[data-claim-id="refinery-south-west-of-centre"] > summary');
    expect(direction?.textContent).toContain('азимут 219°–276° (від ПдЗх до Зх)');
    expect(direction?.querySelector('[lang="en"]')?.textContent).toBe('southwestern');
  });

  it('says in Ukrainian that a claim cannot be checked, its reason (the project’s English) marked so', async () => {
    const [first, ...rest] = refineryReport.claims!;
    const notCheckable = { ...first!, verdict: 'not-checkable' as const, agreement: null, reason: 'The villages are not named.' };
    const claims = [{ ...notCheckable, finding: { kind: 'not-checkable' as const, reason: 'The villages are not named.' } }, ...rest];
    const { container } = await render(<ReportQuote report={{ ...refineryReport, claims }} placeId={refinery.id} />, undefined, 'uk');
    const summary = container.querySelector('details.claim-badge.claim-not-checkable > summary')!;
    expect(summary.textContent).toBe('Перевірка за мапою: не перевіряється. The villages are not named.');
    expect(summary.querySelector('[lang="en"]')?.textContent).toBe('The villages are not named.');
  });
  it('heads a pop-up with the Ukrainian name first, the English one marked, and its buttons in Ukrainian', async () => {
    const { container } = await render(
      <PlacePopup place={refinery} date="2022-06-30" onOpenPanel={vi.fn()} onClose={vi.fn()} />,
      undefined,
      'uk',
    );
    const heading = page.getByRole('heading', { level: 2 });
    await expect.element(heading).toHaveTextContent('Лисичанський НПЗ Lysychansk oil refinery');
    expect(heading.element().querySelector('[lang="en"]')?.textContent).toBe('Lysychansk oil refinery');
    await expect.element(page.getByRole('button', { name: 'Закрити: Лисичанський НПЗ' })).toBeInTheDocument();
    expect(container.querySelector('.all-reporting')?.textContent).toBe(`Усі повідомлення (${refinery.reports.length})`);
    expect(container.querySelector('.situation-control')?.textContent).toBe('За повідомленнями на 30 червня 2022 р.: Контроль не повідомлено');
    expect(container.querySelector('.popup-history summary')?.textContent).toBe('Як змінювалася ситуація');
    for (const q of container.querySelectorAll('blockquote')) expect(q.getAttribute('lang')).toBe('en');
  });
});

describe('in Ukrainian: the panel, the timeline and a story', () => {
  it('heads the panel of all reporting in Ukrainian, its quotes in English', async () => {
    const { container } = await render(<ReportPanel place={refinery} date="2022-06-30" onClose={vi.fn()} />, undefined, 'uk');
    expect(container.querySelector('#report-panel-heading')?.textContent).toBe(
      `Лисичанський НПЗ: усі повідомлення (${refinery.reports.length})`,
    );
    expect(container.querySelector('#panel-history-heading')?.textContent).toBe('Хронологія');
    expect(container.querySelector('.reliability summary')?.textContent).toBe('Про це джерело');
    const quotes = [...container.querySelectorAll('blockquote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.getAttribute('lang')).toBe('en');
  });

  it.each([
    [1, '1 повідомлення'],
    [2, '2 повідомлення'],
    [5, '5 повідомлень'],
    [21, '21 повідомлення'],
  ])('counts %i reports in the place list in the Ukrainian plural form', async (count, words) => {
    const place = { ...refinery, reports: Array.from({ length: count }, () => refinery.reports[0]!) };
    const { container } = await render(
      <ul>
        <PlaceEntry place={place} date="2022-01-01" selected={false} href="/uk/places/lysychansk-refinery" />
      </ul>,
      undefined,
      'uk',
    );
    expect(container.querySelector('.place-latest')?.textContent).toBe(`На цю дату ситуацію не повідомлено · ${words}`);
    expect(container.querySelector('.place-name')?.textContent).toBe('Лисичанський НПЗ');
    expect(container.querySelector('.place-name-other')?.getAttribute('lang')).toBe('en');
  });

  it.each([
    [1, '1 report'],
    [2, '2 reports'],
  ])('counts %i reports in English as before', async (count, words) => {
    const place = { ...refinery, reports: Array.from({ length: count }, () => refinery.reports[0]!) };
    const { container } = await render(
      <ul>
        <PlaceEntry place={place} date="2022-01-01" selected={false} href="/places/lysychansk-refinery" />
      </ul>,
    );
    expect(container.querySelector('.place-latest')?.textContent).toBe(`No situation reported by this date · ${words}`);
  });

  it('labels the timeline in Ukrainian, each step button named with its visible word', async () => {
    await render(<TimelineControl dates={SAMPLE.dates} range={SAMPLE.dateRange} value="2022-06-24" onChange={vi.fn()} />, undefined, 'uk');
    await expect.element(page.getByText('За повідомленнями на', { exact: false })).toHaveTextContent('За повідомленнями на 24 червня 2022 р.');
    await expect.element(page.getByRole('slider')).toHaveAttribute('aria-valuetext', 'За повідомленнями на 24 червня 2022 р.');
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.timeline-step')];
    expect(buttons.map((b) => b.textContent?.replace(/[‹›]/g, '').trim())).toEqual(['Попереднє', 'Наступне']);
    for (const b of buttons) expect(b.getAttribute('aria-label')).toContain(b.textContent!.replace(/[‹›]/g, '').trim());
  });

  it('steps through a story in Ukrainian, its quote in English', async () => {
    const story = {
      id: 'test',
      title: 'Lysychansk, June 2022',
      description: 'The refinery under attack.',
      title_uk: 'Лисичанськ, червень 2022 р.',
      description_uk: 'НПЗ під атакою.',
      steps: [{ report: refineryReport.id, places: [refinery.id] }],
    };
    const at = { story, number: 1, step: story.steps[0]! } as unknown as Parameters<typeof StoryPanel>[0]['at'];
    const { container } = await render(<StoryPanel at={at} places={SAMPLE.places} onStep={vi.fn()} onClose={vi.fn()} />, undefined, 'uk');
    expect(container.querySelector('.story-progress')?.textContent).toBe('Крок 1 з 1: Лисичанський НПЗ');
    // The story's own words in Ukrainian (geo/stories/ title_uk), not marked as English.
    expect(container.querySelector('#story-title')?.textContent).toBe('Лисичанськ, червень 2022 р.');
    const marked: string[] = [];
    for (let el = container.querySelector('#story-title'); el && el !== container; el = el.parentElement)
      if (el.hasAttribute('lang')) marked.push(el.tagName);
    expect(marked).toEqual([]);
    await expect.element(page.getByRole('button', { name: 'Закрити сюжет' })).toBeInTheDocument();
    await expect.poll(() => container.querySelector('.story-step blockquote')?.getAttribute('lang')).toBe('en');
  });
});
