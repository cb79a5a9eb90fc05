/**
 * The page colours are written twice, in CSS: the main map's (app/globals.css) and the embed's
 * (components/embed/embed.css, a separate bundle for framed pages). This keeps the two from drifting
 * apart, in both themes, and ties the embed's map background to the style table like the main map's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_BACKGROUND } from '@/lib/styles';

type Vars = Map<string, string>;

/** The custom properties of every innermost rule, in order, with its selector. */
function rules(file: string): { selector: string; vars: Vars }[] {
  const css = readFileSync(path.join(process.cwd(), file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const found: { selector: string; vars: Vars }[] = [];
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const vars: Vars = new Map();
    for (const d of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) vars.set(d[1]!, d[2]!.trim().toLowerCase());
    if (vars.size) found.push({ selector: m[1]!.trim(), vars });
  }
  return found;
}

function only(list: { selector: string; vars: Vars }[], selector: string): Vars[] {
  return list.filter((r) => r.selector === selector).map((r) => r.vars);
}

const page = rules('app/globals.css');
const embed = rules('components/embed/embed.css');
const [pageLight, pageDark] = only(page, ':root');
const [embedLight] = only(embed, ':root');
const [embedDark] = only(embed, ":root[data-theme='dark']");
const [embedAuto] = only(embed, ":root[data-theme='auto']");

describe('page colours', () => {
  it('are found in both style sheets, in both themes', () => {
    for (const vars of [pageLight, pageDark, embedLight, embedDark, embedAuto]) expect(vars?.size ?? 0).toBeGreaterThan(3);
  });

  it('the embed uses the main page’s colours for every colour they share, in both themes', () => {
    for (const [embedVars, pageVars] of [
      [embedLight!, pageLight!],
      [embedDark!, pageDark!],
    ] as const) {
      for (const [name, value] of embedVars) {
        if (name === '--map-bg') continue; // the map's colour: from the style table (below)
        expect(pageVars.get(name), `${name} in app/globals.css`).toBe(value);
      }
    }
  });

  it('the embed’s automatic dark theme is its dark theme', () => {
    expect([...embedAuto!]).toEqual([...embedDark!]);
  });

  it('the embed’s map background is the style table’s', () => {
    expect(embedLight!.get('--map-bg')).toBe(MAP_BACKGROUND.light);
    expect(embedDark!.get('--map-bg')).toBe(MAP_BACKGROUND.dark);
  });
});
