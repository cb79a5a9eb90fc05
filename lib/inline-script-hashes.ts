/**
 * The CSP hashes of the inline scripts in Next's prerendered pages (README "Security headers").
 * A prerendered page (`/about`, the 404 page) is the same bytes for every reader, so its inline
 * scripts (Next's RSC payload and chunk list) can be allowed by hash, and the page stays static and
 * cacheable by a CDN; a nonce would force it to render per request.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** Types a browser runs; any other (`application/json`, `application/ld+json`) is a data block. */
const RUNNABLE_TYPE = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

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
    // The browser hashes the script's text as UTF-8, exactly as it stands between the tags.
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Where `next build` writes the App Router's prerendered HTML. */
const PRERENDERED_DIR = path.join(process.cwd(), '.next', 'server', 'app');

/**
 * The hashes of the inline scripts of every prerendered page of the build, sorted; empty when there
 * is no build (as under `next dev`, which renders every page per request).
 * @param dir the build's App Router output
 */
export function prerenderedScriptHashes(dir: string = PRERENDERED_DIR): string[] {
  let files: string[];
  try {
    files = fs.readdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  } catch {
    return [];
  }
  const hashes = new Set<string>();
  for (const file of files) {
    for (const hash of inlineScriptHashes(fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), 'utf8'))) hashes.add(hash);
  }
  return [...hashes].sort();
}
