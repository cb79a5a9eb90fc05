/**
 * The place of one of the embed's reporting components (components/embed/reporting-slot.tsx): the
 * component once the chunk is here, nothing while it loads, the failure with Try again if it failed.
 */
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { reporting as components } from '@/components/embed/embed-reporting';
import { ReportingSlot } from '@/components/embed/reporting-slot';
import { render } from '../render';

const slot = (value: typeof components | undefined, failed: boolean, retry = vi.fn(), boxed = false) => (
  <ReportingSlot chunk={{ value, failed, retry }} what="quotes" className="fm-panel-slot" boxed={boxed}>
    {(R) => <p className="shown">{Object.keys(R).length} components</p>}
  </ReportingSlot>
);

describe('ReportingSlot', () => {
  it('shows the component once the chunk is here', async () => {
    const { container } = await render(slot(components, false));
    expect(container.querySelector('.shown')?.textContent).toBe(`${Object.keys(components).length} components`);
    expect(container.querySelector('.fm-panel-slot')).toBeNull();
  });

  it('boxed: shows the component in the slot’s box', async () => {
    const { container } = await render(slot(components, false, vi.fn(), true));
    expect(container.querySelector('.fm-panel-slot > .shown')).not.toBeNull();
  });

  it('shows nothing while the chunk loads', async () => {
    const { container } = await render(slot(undefined, false));
    expect(container.innerHTML).toBe('');
  });

  it("says the chunk could not be loaded, in the component's frame, and Try again asks again", async () => {
    const retry = vi.fn();
    const { container } = await render(slot(undefined, true, retry));
    expect(container.querySelector('.fm-panel-slot [role=alert]')?.textContent).toBe('The quotes could not be loaded. Try again');
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
