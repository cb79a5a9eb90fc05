/**
 * What the app lets a stranger send it, read from the code rather than written again: the routes
 * of app/ and public/, the query parameters each route reads (URL_PARAMETERS, the picture's own,
 * oEmbed's), the data-* attributes embed.js reads and the commands the embed accepts by
 * postMessage. The corpus crosses these lists, so a parameter added to URL_PARAMETERS gets hostile
 * cases without an edit here; what cannot be imported is scanned from its source, and
 * hostile.spec.ts fails when any of it has no case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '@/components/embed/messages';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n';
import { IMAGE_PARAMETER_NAMES } from '@/lib/image-request';
import { STORY_FIELDS, URL_PARAMETERS } from '@/lib/url-state';
import { ROOT, routes } from './corpus-data';

const names = (table: Record<string, { name: string }>) => Object.values(table).map((p) => p.name);

/** The map's state: what `/` (in every language) and `/embed` read. */
export const STATE_PARAMETERS = names(URL_PARAMETERS.state);
/** The embed's: the map's state, then its own options (`lang` among them). */
export const EMBED_PARAMETERS = [...STATE_PARAMETERS, ...names(URL_PARAMETERS.embed)];

/** The address prefix of each language but the default (`/uk`). */
export const LOCALE_PREFIXES = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => `/${l}`);

/**
 * The query parameters each route reads, by the route's path. The map page in every language,
 * and `lang` there too: the page takes its language from the path, so the parameter must do
 * nothing. The picture refuses story mode with a 400, and is sent its fields all the same.
 */
export const QUERY_PARAMETERS: Record<string, string[]> = {
  '/': [...STATE_PARAMETERS, 'lang'],
  ...Object.fromEntries(LOCALE_PREFIXES.map((prefix) => [prefix, [...STATE_PARAMETERS, 'lang']])),
  '/embed': EMBED_PARAMETERS,
  '/image': [...IMAGE_PARAMETER_NAMES, ...STORY_FIELDS],
  ...routes.queryParams,
};

/** The commands the embed accepts from its host page, each with the fields it reads (components/embed/messages.ts). */
export const EMBED_COMMANDS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(COMMANDS).map(([type, command]) => [type, command.fields]),
);

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Every page and route handler under app/, as its route pattern (`/[locale]/places/[id]`, `/api/oembed`). */
export function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/^(?:page|route)\.tsx?$/.test(entry.name)) found.push(`/${path.relative('app', dir)}`.replace(/\/$/, '') || '/');
    }
  };
  walk('app');
  return [...new Set(found)].sort();
}

/** The route files that read their request's query: each must have its parameters in the corpus. */
export function routesReadingQueries(): string[] {
  const found: string[] = [];
  for (const route of appRoutes()) {
    const dir = path.join('app', route);
    const file = fs.readdirSync(path.join(ROOT, dir)).find((f) => /^(?:page|route)\.tsx?$/.test(f))!;
    // A page under [locale] is prerendered and reads no query (the build fails if it tries): its
    // words "searchParams" are a comment. The handlers' are code.
    if (/\.searchParams\b|searchParams:/.test(read(path.join(dir, file)))) found.push(route);
  }
  return found;
}

/** The top-level entries of public/: each a path a stranger may ask for (embed.js, the data files, the embed's bundles). */
export const publicEntries = (): string[] => fs.readdirSync(path.join(ROOT, 'public')).filter((name) => !name.startsWith('.'));

/** The names oEmbed reads from its own query (lib/oembed.ts: `params.get('…')`). */
export const oembedReads = (): string[] => [...read('lib/oembed.ts').matchAll(/\bparams\.get\('([^']+)'\)/g)].map((m) => m[1]!);

/**
 * The data-* attributes public/embed.js reads from a host page's element: the map's options
 * (its OPTIONS list) and its own (`getAttribute('data-…')`), without the marker attribute
 * (`data-frontline-map`) that only selects the element.
 */
export function embedScriptAttributes(): string[] {
  const source = read('public/embed.js');
  const options = /var OPTIONS = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const listed = [...options.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const own = [...source.matchAll(/getAttribute\('data-([^']+)'\)/g)].map((m) => m[1]!);
  return [...new Set([...listed, ...own])].sort();
}
