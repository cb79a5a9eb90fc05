/**
 * The CSP hashes of the inline scripts in Next's prerendered pages (README "Security headers").
 * A prerendered page (`/`, `/about`, a place's page, the 404 page) is the same bytes for every
 * reader, so its inline scripts (Next's RSC payload and chunk list) can be allowed by hash, and the
 * page stays static and cacheable by a CDN; a nonce would force it to render per request.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Types a browser runs; any other (`application/json`, `application/ld+json`) is a data block. */
const RUNNABLE_TYPE = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

/** The `'sha256-…'` source that allows an inline script: the browser hashes its text as UTF-8, exactly as it stands between the tags. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The `'sha256-…'` source of every inline script in a page, in order of first appearance, without
 * repeats. Scripts with a `src` are left out (allowed by origin), and so are data blocks.
 * @param html a whole HTML document
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    const type = /(?:^|\s)type\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!RUNNABLE_TYPE.test(type.trim())) continue;
    hashes.add(scriptHash(body));
  }
  return [...hashes];
}

/** Where `next build` writes the App Router's prerendered HTML. */
const PRERENDERED_DIR = path.join(process.cwd(), '.next', 'server', 'app');

/** Pages that may answer any path: Next's 404 page and its page for a failed render. */
const FALLBACK_PAGES = ['/_not-found', '/_global-error'];

/** The URL path a prerendered file answers: `index.html` → `/`, `places/bakhmut.html` → `/places/bakhmut`. */
function pathOf(file: string): string {
  const stem = file.slice(0, -'.html'.length).split(path.sep).join('/');
  return stem === 'index' ? '/' : `/${stem}`;
}

/** The CSP hashes of a build's prerendered pages (`prerenderedScriptHashes`). */
export interface PrerenderedHashes {
  /** How many prerendered pages the build has, the 404 and error pages aside (0 without a build). */
  pages: number;
  /** The hashes of the pages that may answer any path: the 404 page and the error page. */
  fallback: string[];
  /** A page's own hashes with the fallback's, sorted; undefined for a path no prerendered page answers. */
  forPath(pathname: string): string[] | undefined;
}

/**
 * The CSP hashes of each prerendered page of the build, by the URL path it answers, each with the
 * hashes of the pages that may answer in its place (the 404 page, the error page). Per page, not
 * one list for all: with a page per place the list of every page's payload scripts would grow with
 * the data into a header that proxies refuse (nginx keeps 4 KB of an upstream's headers by
 * default). A page is read and hashed when its path is first asked for, not all at the server's
 * first request: with thousands of place pages that would be tens of megabytes read at once.
 * Nothing without a build (`next dev`).
 * @param dir the build's App Router output
 */
export function prerenderedScriptHashes(dir: string = PRERENDERED_DIR): PrerenderedHashes {
  let files: string[];
  try {
    files = fs.readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  } catch {
    files = [];
  }
  const fileOf = new Map(files.map((file) => [pathOf(file), file]));
  const hashesOf = (file: string) => inlineScriptHashes(fs.readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8'));
  const fallback = [...new Set(FALLBACK_PAGES.flatMap((page) => (fileOf.has(page) ? hashesOf(fileOf.get(page)!) : [])))].sort();
  for (const page of FALLBACK_PAGES) fileOf.delete(page);
  return {
    pages: fileOf.size,
    fallback,
    forPath(pathname) {
      const file = fileOf.get(pathname);
      return file === undefined ? undefined : [...new Set([...hashesOf(file), ...fallback])].sort();
    },
  };
}
