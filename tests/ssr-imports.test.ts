/**
 * The SSR guard. Convention: Leaflet reads `window` when it is imported, so it must never be in the
 * server's module graph; only components/map/map-view.tsx imports it, and that module is loaded in
 * the browser only (next/dynamic with ssr: false in components/map/map-loader.tsx).
 *
 * Here, in node, Leaflet, React-Leaflet and Leaflet's CSS are mocked to throw on import, `window` is
 * a trap that records any read by project code, and every module under app/ and lib/ is imported:
 * each must load, with no project module touching `window`. The negative control at the end shows
 * the guard catches a module that does import Leaflet.
 *
 * `server-only` (imported by lib/data.ts) is aliased to an empty module in vitest.config.mts: it
 * throws outside Next's react-server condition. CSS imports (app/globals.css) load as empty
 * modules: Vitest does not process CSS unless `test.css.include` matches the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('leaflet', () => {
  throw new Error('leaflet imported by a server module');
});
vi.mock('react-leaflet', () => {
  throw new Error('react-leaflet imported by a server module');
});
vi.mock('leaflet/dist/leaflet.css', () => {
  throw new Error('leaflet/dist/leaflet.css imported by a server module');
});

const ROOT = path.resolve(__dirname, '..');

/** Every .ts/.tsx module under a folder (declaration files and CSS skipped), as repo-relative paths. */
function modulesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...modulesUnder(rel));
    else if (e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

const MODULES = [...modulesUnder('app'), ...modulesUnder('lib')];

interface WindowAccess {
  kind: 'get' | 'set';
  /** The stack frame that touched `window`. */
  frame: string;
}

/** The frame that called the trap's accessor: the code that touched `window`. */
function callerFrame(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(1);
  const own = lines.findIndex((l) => /windowTrap(Get|Set)/.test(l));
  return (lines[own + 1] ?? '').trim();
}

/**
 * Third-party code may feature-test `typeof window` to know it is on the server (next/dynamic does,
 * at import): that read gets `undefined`, as in real SSR. Project code (anything outside
 * node_modules) must not touch `window` at all: the read is recorded and throws.
 */
const isProjectFrame = (frame: string) => frame.includes(ROOT) && !frame.includes(`${path.sep}node_modules${path.sep}`);

async function withWindowTrap<T>(fn: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; accesses: WindowAccess[] }> {
  const accesses: WindowAccess[] = [];
  expect(Object.getOwnPropertyDescriptor(globalThis, 'window')).toBeUndefined();
  Object.defineProperty(globalThis, 'window', {
    configurable: true,
    get: function windowTrapGet() {
      const frame = callerFrame();
      if (!isProjectFrame(frame)) return undefined;
      accesses.push({ kind: 'get', frame });
      throw new Error(`window read during a server import (${frame})`);
    },
    set: function windowTrapSet() {
      accesses.push({ kind: 'set', frame: callerFrame() });
      throw new Error('window assigned during a server import');
    },
  });
  try {
    const [result] = await Promise.allSettled([fn()]);
    return { result: result!, accesses };
  } finally {
    delete (globalThis as { window?: unknown }).window;
  }
}

afterEach(() => {
  // Nothing is left behind: no trap, no window defined by a module.
  expect(typeof window).toBe('undefined');
  expect('window' in globalThis).toBe(false);
});

describe('the window trap', () => {
  it('records and refuses a read of window by project code', async () => {
    const { result, accesses } = await withWindowTrap(async () => (globalThis as { window?: unknown }).window);
    expect(result.status).toBe('rejected');
    expect(accesses).toHaveLength(1);
    expect(accesses[0]!.frame).toContain('ssr-imports.test.ts');
  });

  it('records and refuses a typeof window check by project code', async () => {
    const { result, accesses } = await withWindowTrap(async () => typeof window);
    expect(result.status).toBe('rejected');
    expect(accesses.map((a) => a.kind)).toEqual(['get']);
  });
});

describe('the Leaflet mocks', () => {
  it.each(['leaflet', 'react-leaflet', 'leaflet/dist/leaflet.css'])('make importing %s fail', async (id) => {
    await expect(import(/* @vite-ignore */ id)).rejects.toThrow();
  });
});

describe('every module under app/ and lib/ imports on the server without Leaflet or window', () => {
  it('finds the routes, the page, the layout and the lib modules', () => {
    expect(MODULES).toEqual(
      expect.arrayContaining([
        'app/layout.tsx',
        'app/[locale]/page.tsx',
        'app/[locale]/layout.tsx',
        'app/api/layers/route.ts',
        'app/api/places/[id]/route.ts',
        'lib/data.ts',
        'lib/styles.ts',
        'lib/url-state.ts',
      ]),
    );
    expect(MODULES.some((m) => m.endsWith('.css'))).toBe(false);
  });

  it.each(MODULES)('%s', async (file) => {
    const { result, accesses } = await withWindowTrap(() => import(/* @vite-ignore */ path.join(ROOT, file)));
    if (result.status === 'rejected') throw result.reason;
    expect(accesses).toEqual([]);
    const mod = result.value as Record<string, unknown>;
    if (/\/route\.ts$/.test(file)) expect(typeof mod.GET).toBe('function');
    if (/^app\/(\[locale\]\/)?(page|layout)\.tsx$/.test(file)) expect(typeof mod.default).toBe('function');
    expect(typeof window).toBe('undefined');
  });

  it('app/globals.css (imported by the layout) loads as a module', async () => {
    await expect(import('@/app/globals.css')).resolves.toBeDefined();
  });
});

describe('negative control', () => {
  it('importing components/map/map-view.tsx (the Leaflet island) fails under the same mocks', async () => {
    const { result } = await withWindowTrap(() => import('@/components/map/map-view'));
    expect(result.status).toBe('rejected');
    const reason = (result as PromiseRejectedResult).reason as Error & { cause?: Error };
    expect(`${reason.message} ${reason.cause?.message ?? ''}`).toMatch(/imported by a server module/);
  });
});
