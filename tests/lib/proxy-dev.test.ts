/**
 * proxy.ts under `next dev`, where every page is rendered per request and its scripts are allowed
 * by a nonce: the layout's own inline scripts, which the app writes without one, are allowed by
 * their hashes beside it (else the browser refuses them: a console error on every page in development).
 */
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WARM_INTL_SCRIPT } from '@/components/i18n/warm-intl';
import { scriptHash } from '@/lib/inline-script-hashes';
import { languageDoorScript } from '@/lib/locale-routing';

describe('proxy.ts under next dev', () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('allows the layout’s own inline scripts by hash beside the response’s nonce', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.resetModules();
    const { proxy } = await import('@/proxy');
    const csp = (await proxy(new NextRequest('http://localhost/'))).headers.get('Content-Security-Policy') ?? '';
    const scriptSrc = csp
      .split(';')
      .find((d) => d.trim().startsWith('script-src'))!
      .trim()
      .split(/\s+/);
    expect(scriptSrc).toEqual(expect.arrayContaining(["'strict-dynamic'", scriptHash(languageDoorScript()), scriptHash(WARM_INTL_SCRIPT)]));
    expect(scriptSrc.some((s) => s.startsWith("'nonce-"))).toBe(true);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });
});
