/**
 * The checks of the reporting: sources (their texts and excluded passages), reports (quotes
 * verbatim in their sources, known places) and claims, evaluated against the geometry
 * (lib/validate.ts).
 */
import { claimInputProblems, claimPlaces, evaluateClaim } from '../claims';
import { normaliseText } from '../normalise-text';
import { blockingPassages, excludedPassageProblems } from '../quote-exclusions';
import { claimsFileSchema } from '../claim-schemas';
import { type Report, reportsFileSchema, sourcesFileSchema } from '../schemas';
import type { ClaimView, PlaceFeature, SourceRecord } from '../types';
import { type DataIssue, parseJson, parseRecords, readOptionalRecords } from './data-issues';

export function checkSources(readFile: (p: string) => string | null, issues: DataIssue[]): SourceRecord[] {
  const file = 'sources.json';
  const json = parseJson(file, readFile(file), issues);
  if (json === undefined) return [];
  const parsed = parseRecords(file, json, 'sources', sourcesFileSchema, issues);
  if (!parsed) return [];
  const out: SourceRecord[] = [];
  for (const s of parsed.sources) {
    const text = readFile(s.text_file);
    if (text === null) {
      issues.push({ file, id: s.id, message: `text file geo/${s.text_file} is missing` });
      continue;
    }
    for (const message of excludedPassageProblems(normaliseText(text), s.excluded_passages)) issues.push({ file, id: s.id, message });
    out.push({ ...s, text });
  }
  return out;
}

function checkQuote(report: Report, source: SourceRecord, issues: DataIssue[]): void {
  const file = 'reports.json';
  const text = normaliseText(source.text);
  const quote = normaliseText(report.quote);
  if (!text.includes(quote)) {
    issues.push({ file, id: report.id, message: `quote is not verbatim in source "${source.id}": "${report.quote.slice(0, 80)}"` });
    return;
  }
  // A quote whose words also stand somewhere clear of the exclusions passes (lib/quote-exclusions.ts).
  for (const ex of blockingPassages(text, quote, source.excluded_passages)) {
    issues.push({ file, id: report.id, message: `quote overlaps a passage the source notes exclude (${ex.reason}: ${ex.note})` });
  }
}

export function checkReports(
  readFile: (p: string) => string | null,
  places: Set<string>,
  sources: Map<string, SourceRecord>,
  issues: DataIssue[],
): Report[] {
  const file = 'reports.json';
  const json = parseJson(file, readFile(file), issues);
  if (json === undefined) return [];
  const parsed = parseRecords(file, json, 'reports', reportsFileSchema, issues);
  if (!parsed) return [];
  for (const r of parsed.reports) {
    const source = sources.get(r.source);
    if (!source) issues.push({ file, id: r.id, message: `unknown source "${r.source}"` });
    else checkQuote(r, source, issues);
    for (const p of r.places) if (!places.has(p)) issues.push({ file, id: r.id, message: `unknown place "${p}"` });
    for (const a of r.assertions) {
      if (!r.places.includes(a.place))
        issues.push({ file, id: r.id, message: `assertion about "${a.place}", which is not in the report's places` });
    }
  }
  return parsed.reports;
}

/**
 * geo/claims.json (optional: no file, no claims): checks each claim's references and words, then
 * evaluates it against the geometry. A claim that cannot be evaluated is an issue, like any other.
 */
export function checkClaims(
  readFile: (p: string) => string | null,
  places: Map<string, { feature: PlaceFeature; layerId: string }>,
  reports: Report[],
  issues: DataIssue[],
): ClaimView[] {
  const file = 'claims.json';
  const claims = readOptionalRecords(readFile, file, 'claims', claimsFileSchema, 'claim', issues);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const out: ClaimView[] = [];
  for (const claim of claims) {
    const before = issues.length;
    const report = byId.get(claim.report);
    if (!report) issues.push({ file, id: claim.id, message: `unknown report "${claim.report}"` });
    else if (!normaliseText(report.quote).includes(normaliseText(claim.text))) {
      issues.push({
        file,
        id: claim.id,
        message: `text is not verbatim in the quote of report "${claim.report}": "${claim.text.slice(0, 80)}"`,
      });
    }
    if ('stated' in claim && !normaliseText(claim.text).includes(normaliseText(claim.stated.words))) {
      issues.push({ file, id: claim.id, message: `stated words "${claim.stated.words}" are not in the claim's text` });
    }
    for (const p of claimPlaces(claim)) if (!places.has(p)) issues.push({ file, id: claim.id, message: `unknown place "${p}"` });
    if (issues.length > before) continue;
    for (const message of claimInputProblems(claim, places)) issues.push({ file, id: claim.id, message });
    if (issues.length > before) continue;
    try {
      out.push(evaluateClaim(claim, places));
    } catch (e) {
      issues.push({ file, id: claim.id, message: `cannot be checked: ${(e as Error).message}` });
    }
  }
  return out;
}
