import { useState } from 'react';
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { RENDERER, render } from './render';

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Clicked {n} times
    </button>
  );
}

it('renders with the renderer this project names', async () => {
  const { container } = await render(<p>hello</p>);
  expect(container.textContent).toBe('hello');
  // React marks the root's element with its own key; Preact does not.
  const reactRoot = Object.keys(container).some((k) => k.startsWith('__reactContainer$'));
  expect(reactRoot).toBe(RENDERER === 'react');
});

it('re-renders after a real click, without act, and removes what it mounted when the test ends', async () => {
  await render(<Counter />);
  await userEvent.click(page.getByRole('button'));
  await expect.element(page.getByRole('button')).toHaveTextContent('Clicked 1 times');
  expect(document.body.querySelectorAll('button')).toHaveLength(1);
});

it('starts from an empty page', () => {
  expect(document.body.querySelectorAll('button')).toHaveLength(0);
});
