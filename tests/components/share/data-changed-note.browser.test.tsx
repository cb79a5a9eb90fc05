import { describe, expect, it, onTestFinished } from 'vitest';
import { DataChangedNote } from '@/components/share/data-changed-note';
import { render } from '../render';

/** Opens the test page at an address that cites data version `v`, as a permalink would. */
function citing(v: string) {
  const before = `${window.location.pathname}${window.location.search}`;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?v=${v}`);
  onTestFinished(() => window.history.replaceState(window.history.state, '', before));
}

describe('DataChangedNote in Ukrainian', () => {
  it('says the data has changed, links to the Ukrainian corrections log, and names its dismiss button', async () => {
    citing('aaaaaaaaaaaa');
    const { container } = await render(<DataChangedNote current="bbbbbbbbbbbb" />, {}, 'uk');
    const note = container.querySelector('.data-changed p')!;
    expect(note.querySelector('span')?.textContent).toBe(
      'Це посилання процитовано з версією даних aaaaaaaaaaaa. Відтоді дані змінилися: тут поточні дані (версія bbbbbbbbbbbb). Що саме змінилося, дивіться в журналі виправлень.',
    );
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/uk/about#corrections');
    expect(note.querySelector('button')?.getAttribute('aria-label')).toBe('Закрити примітку');
  });
});
