import { describe, expect, it } from 'vitest';
import { EmbedPreviewList } from '@/components/embed/embed-preview';
import { render } from '../render';

const summary = (places: number, reports: number) => ({ kind: 'summary' as const, places, reports });

describe('EmbedPreviewList', () => {
  it('counts places and reports in Ukrainian with its plural forms (1, 2, 5, 21)', async () => {
    const said: string[] = [];
    for (const n of [1, 2, 5, 21]) {
      const { container, unmount } = await render(<EmbedPreviewList preview={summary(n, n)} date="2022-06-30" fullMapHref="/uk" />, {}, 'uk');
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
    const { container } = await render(<EmbedPreviewList preview={summary(40, 120)} date="2022-06-30" fullMapHref="/uk" />, {}, 'uk');
    const date = container.querySelector('.place-list-date')!;
    expect(date.textContent).toBe('Ситуація за повідомленнями на 30 червня 2022 р.');
    expect(date.querySelector('time')?.getAttribute('datetime')).toBe('2022-06-30');
    expect(container.querySelector('.fm-summary a')?.textContent).toBe('Усі місця і повідомлення про них — на повній мапі');
  });

  it('in English: "1 place", "2 places"', async () => {
    const { container } = await render(<EmbedPreviewList preview={summary(1, 2)} date="2022-06-30" fullMapHref="/" />, {});
    expect(container.querySelector('.fm-summary')!.firstChild!.textContent).toBe('1 place and 2 quoted reports.');
  });
});
