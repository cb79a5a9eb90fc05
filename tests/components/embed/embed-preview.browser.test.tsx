import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { EmbedPreviewList } from '@/components/embed/embed-preview';
import { reporting as components } from '@/components/embed/embed-reporting';
import type { ReportingState } from '@/components/embed/use-reporting';
import type { EmbedPreview } from '@/lib/embed-config';
import { samplePlace, sampleReporting } from '../../fixtures/map-data-sample';
import { render } from '../render';

const summary = (places: number, reports: number) => ({ kind: 'summary' as const, places, reports });
/** The reporting chunk as useReporting gives it (components/embed/use-reporting.ts): here, loading, or failed. */
const here: ReportingState = { value: components, failed: false, retry: () => {} };
const loading: ReportingState = { value: undefined, failed: false, retry: () => {} };
const severodonetsk: EmbedPreview = {
  kind: 'place',
  place: samplePlace('severodonetsk'),
  layerTitle: 'Towns',
  reporting: sampleReporting('severodonetsk'),
};

describe('EmbedPreviewList', () => {
  it('counts places and reports in Ukrainian with its plural forms (1, 2, 5, 21)', async () => {
    const said: string[] = [];
    for (const n of [1, 2, 5, 21]) {
      const { container, unmount } = await render(
        <EmbedPreviewList preview={summary(n, n)} date="2022-06-30" fullMapHref="/uk" reporting={loading} />,
        {},
        'uk',
      );
      said.push(container.querySelector('.fm-summary')!.firstChild!.textContent!);
      await unmount();
    }
    expect(said).toEqual([
      '1 місце і 1 процитоване повідомлення.',
      '2 місця і 2 процитовані повідомлення.',
      '5 місць і 5 процитованих повідомлень.',
      '21 місце і 21 процитоване повідомлення.',
    ]);
  });

  it('dates the situation in Ukrainian and links to the full map', async () => {
    const { container } = await render(
      <EmbedPreviewList preview={summary(40, 120)} date="2022-06-30" fullMapHref="/uk" reporting={loading} />,
      {},
      'uk',
    );
    const date = container.querySelector('.place-list-date')!;
    expect(date.textContent).toBe('Ситуація за повідомленнями на 30 червня 2022 р.');
    expect(date.querySelector('time')?.getAttribute('datetime')).toBe('2022-06-30');
    expect(container.querySelector('.fm-summary a')?.textContent).toBe('Усі місця і повідомлення про них — на повній мапі');
  });

  it('in English: "1 place", "2 places"', async () => {
    const { container } = await render(<EmbedPreviewList preview={summary(1, 2)} date="2022-06-30" fullMapHref="/" reporting={loading} />, {});
    expect(container.querySelector('.fm-summary')!.firstChild!.textContent).toBe('1 place and 2 quoted reports.');
  });

  it('a place: its entry, from the reporting components', async () => {
    const { container } = await render(<EmbedPreviewList preview={severodonetsk} date="2022-06-30" fullMapHref="/" reporting={here} />);
    expect(container.querySelector('section li.place-entry .place-name')?.textContent).toBe('Severodonetsk');
    expect(container.querySelector('.reporting-pending')).toBeNull();
  });

  it('a place whose reporting chunk is loading: says so where its entry will be', async () => {
    const { container } = await render(<EmbedPreviewList preview={severodonetsk} date="2022-06-30" fullMapHref="/" reporting={loading} />);
    await expect.element(page.getByRole('status')).toHaveTextContent('Loading the situation…');
    expect(container.querySelector('section ul')).toBeNull();
  });

  it('a place whose reporting chunk could not be loaded: says so, and Try again asks again', async () => {
    const retry = vi.fn();
    await render(
      <EmbedPreviewList preview={severodonetsk} date="2022-06-30" fullMapHref="/" reporting={{ value: undefined, failed: true, retry }} />,
    );
    await expect.element(page.getByRole('alert')).toHaveTextContent('The situation could not be loaded. Try again');
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('a summary: nothing said of the chunk while it loads; its failure, with Try again, where the list will be', async () => {
    const { container, rerender } = await render(
      <EmbedPreviewList preview={summary(40, 120)} date="2022-06-30" fullMapHref="/" reporting={loading} />,
    );
    expect(container.querySelector('.reporting-pending')).toBeNull();
    const retry = vi.fn();
    await rerender(
      <EmbedPreviewList preview={summary(40, 120)} date="2022-06-30" fullMapHref="/" reporting={{ value: undefined, failed: true, retry }} />,
    );
    expect(container.querySelector('.fm-summary')!.firstChild!.textContent).toBe('40 places and 120 quoted reports.');
    await expect.element(page.getByRole('alert')).toHaveTextContent('The situation could not be loaded. Try again');
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
