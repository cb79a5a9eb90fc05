/**
 * What "reflected markup" means for the hostile-input corpus: each payload carries a unique marker
 * (xss-<n>), and the forms below are the unescaped tags (or script URLs) with that marker that must
 * not appear in an answer.
 */

/** A form of a payload that must not appear in an answer, and how to say so. */
export interface Forbidden {
  re: RegExp;
  text: string;
}

/** A short, readable form of a URL or value for case names. */
export function short(s: string, max = 110): string {
  const printable = JSON.stringify(s).slice(1, -1);
  return printable.length <= max ? printable : `${printable.slice(0, max)}…(${s.length} chars)`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Decodes %XX sequences where they decode (and + as a space), leaving the rest as it is. */
export function decodeLoosely(s: string): string {
  return s.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq;
    }
  });
}

/**
 * The dangerous forms of a filled-in payload (decoded as the server would read it): for each
 * occurrence of the marker, the text from the nearest `<` before it (the tag that would run)
 * through the marker; without a `<`, a URL attribute carrying the marker (javascript:…).
 * The percent-encoded form is harmless, and Next's pages do carry the query in that form.
 */
export function dangerousForms(raw: string, marker: string): Forbidden[] {
  const payload = decodeLoosely(raw);
  const forms = new Map<string, Forbidden>();
  const end = `${escapeRe(marker)}(?!\\d)`;
  for (let i = payload.indexOf(marker); i >= 0; i = payload.indexOf(marker, i + 1)) {
    const lt = payload.lastIndexOf('<', i);
    if (lt >= 0) {
      const text = payload.slice(lt, i + marker.length);
      forms.set(text, { re: new RegExp(escapeRe(text.slice(0, -marker.length)) + end, 'i'), text });
    } else {
      // No tag: a script URL (javascript:…) is dangerous where it starts a link or a source.
      const text = `a script URL in an attribute, with ${marker}`;
      const scheme = `\\b(?:href|src|action|formaction|data|poster)\\s*=\\s*["']?\\s*(?:java\\s*script|vbscript|data)\\s*:`;
      forms.set(text, { re: new RegExp(`${scheme}[^>]*?${end}`, 'i'), text });
    }
  }
  return [...forms.values()];
}
