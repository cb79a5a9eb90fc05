import { describe, expect, it, vi } from 'vitest';
import { ShareDialog } from '@/components/share/share-dialog';
import { render } from '../render';

const VERSION = { id: '0123456789ab', date: '2026-11-28' };
const STATE = { place: 'severodonetsk', date: '2022-06-30', tiles: false };
const LAYERS = ['cities'];

// The content's module is fetched (and, under Vitest, transformed) on the first opening: on a busy
// machine that takes more than waitFor's default second.
const LOADED = { timeout: 15_000 };

/** Opens the dialog as a reader does, and waits for its content, which loads on the first opening, to show its link. */
async function opened<T extends { container: HTMLElement }>(rendered: Promise<T>): Promise<T> {
  const result = await rendered;
  result.container.querySelector<HTMLButtonElement>('.share-button')!.click();
  await vi.waitFor(
    () => expect(result.container.querySelector<HTMLTextAreaElement>('dialog[open] textarea')?.value).toMatch(/^https?:\/\//),
    LOADED,
  );
  return result;
}

const textOf = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('ShareDialog in Ukrainian', () => {
  it('speaks Ukrainian: its button, heading, fields, options and the citation’s own interface', async () => {
    const { container } = await opened(
      render(
        <ShareDialog state={STATE} allLayers={LAYERS} title="Сєвєродонецьк" cite={{ title: 'Сєвєродонецьк', version: VERSION }} />,
        {},
        'uk',
      ),
    );
    expect(container.querySelector('.share-button .label-long')?.textContent).toBe('Поділитися / вбудувати');
    expect(container.querySelector('.share-button .label-short')?.textContent).toBe('Поділитися');
    const dialog = container.querySelector('dialog')!;
    expect(dialog.querySelector('#share-title')?.textContent).toBe('Поділитися, процитувати чи вбудувати цей вигляд мапи');
    expect(dialog.querySelector('.share-head button')?.getAttribute('aria-label')).toBe('Закрити');
    expect(textOf(dialog, '.copy-field label')).toEqual([
      'Посилання на цей вигляд мапи',
      'Постійне посилання (версія даних 0123456789ab)',
      'Бібліографічне посилання (APA (7-ме видання))',
      'Код для вбудовування зі скриптом (сам підлаштовує розмір)',
      'Код для вбудовування через iframe',
    ]);
    expect(new Set(textOf(dialog, '.copy-field button'))).toEqual(new Set(['Копіювати']));
    expect(dialog.querySelector('.cite-view h3')?.textContent).toBe('Цитувати цей вигляд мапи');
    // The themes, then the languages, each language named in itself; the page's language chosen.
    expect(textOf(dialog, '.share-options option')).toEqual(['Світла', 'Темна', 'Як у налаштуваннях читача', 'English', 'Українська']);
    expect([...dialog.querySelectorAll<HTMLSelectElement>('.share-options select')].map((s) => s.value)).toEqual(['light', 'uk']);
    expect(textOf(dialog, '.cite-view option')).toContain('Chicago (примітки й бібліографія)');
    expect(dialog.querySelector('legend')?.textContent).toBe('Параметри вбудовування');
  });

  it('links to the Ukrainian map, and its permalink opens it at this view', async () => {
    const { container } = await opened(
      render(
        <ShareDialog state={STATE} allLayers={LAYERS} title="Сєвєродонецьк" cite={{ title: 'Сєвєродонецьк', version: VERSION }} />,
        {},
        'uk',
      ),
    );
    const [link, permalink] = [...container.querySelectorAll('textarea')].map((t) => t.value);
    expect(link).toMatch(new RegExp(`^${window.location.origin}/uk\\?.*place=severodonetsk`));
    expect(permalink).toMatch(/\/uk\?.*v=0123456789ab/);
  });

  it('loads its content only when first opened: the page starts without it', async () => {
    const { container } = await render(
      <ShareDialog state={STATE} allLayers={LAYERS} title="Severodonetsk" cite={{ title: 'Severodonetsk', version: VERSION }} />,
      {},
    );
    expect(container.querySelector('dialog .share-head h2')?.textContent).toBe('Share, cite or embed this view');
    expect(container.querySelector('dialog .copy-field')).toBeNull();
    container.querySelector<HTMLButtonElement>('.share-button')!.click();
    await vi.waitFor(() => expect(container.querySelectorAll('dialog[open] .copy-field')).toHaveLength(5), LOADED);
  });

  it('in English keeps the unprefixed map', async () => {
    const { container } = await opened(
      render(<ShareDialog state={STATE} allLayers={LAYERS} title="Severodonetsk" cite={{ title: 'Severodonetsk', version: VERSION }} />, {}),
    );
    expect(container.querySelector('.share-button .label-long')?.textContent).toBe('Share / embed');
    expect(container.querySelector('textarea')?.value).toMatch(new RegExp(`^${window.location.origin}/\\?`));
  });
});
