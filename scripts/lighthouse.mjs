// `npm run lighthouse`: Lighthouse (pinned in package.json: 12.2.3, the last that runs on Node 20)
// with its default mobile settings (simulated 4× CPU, slow 4G), tiles off, on the pages a newsroom's
// web team would check before embedding us: the map, the embed, a place page and a story step,
// each in English and Ukrainian. Prints a table of the four category scores against the release
// gate's goals (issue 17: performance ≥ 95, accessibility, best practices and SEO 100; `/embed`
// says noindex and is not judged on SEO) and writes bench/lighthouse-results.json with the scores,
// the failing audits and the machine. Not part of `npm test`: scores move with the machine's load.
//
// Serves the existing build with `next start` on a free loopback port (as `npm run bench` does) and
// drives Debian's Chromium through its DevTools port. LIGHTHOUSE_RUNS (default 1) runs each page
// that many times and keeps the median performance run. LIGHTHOUSE_PAGES (default: all) names the
// pages to run by their label, comma-separated: `LIGHTHOUSE_PAGES=story,place` runs the story step
// and the place page in both languages, `LIGHTHOUSE_PAGES="map (uk)"` that one page.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { freePort, ROOT, runScript, startServer, waitFor } from './bench/harness.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 1);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const OUT = path.join(ROOT, 'bench', 'lighthouse-results.json');

/** The pages judged: [label, path, judged on SEO]. */
const ALL_PAGES = [
  ['map', '/?tiles=0', true],
  ['embed', '/embed?tiles=0', false],
  ['place page', '/places/lysychansk', true],
  ['story step', '/?tiles=0&story=twin-cities-2022&step=2', true],
].flatMap(([label, url, seo]) => [
  { label: `${label} (en)`, url, seo },
  { label: `${label} (uk)`, url: ukrainian(url), seo },
]);

/** The pages LIGHTHOUSE_PAGES asks for: those whose label starts with one of its words. */
const PAGES = selectPages(process.env.LIGHTHOUSE_PAGES);

function selectPages(wanted) {
  if (!wanted?.trim()) return ALL_PAGES;
  const prefixes = wanted
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const pages = ALL_PAGES.filter((p) => prefixes.some((w) => p.label.startsWith(w)));
  if (pages.length === 0) throw new Error(`LIGHTHOUSE_PAGES matches no page; labels: ${ALL_PAGES.map((p) => p.label).join(', ')}`);
  return pages;
}

/** A page's Ukrainian address: under /uk, but the embed takes its language as `lang` (README "Embedding"). */
function ukrainian(url) {
  if (url.startsWith('/embed')) return `${url}&lang=uk`;
  return `/uk${url.startsWith('/?') ? url.slice(1) : url}`;
}

/** Debian's Chromium with its DevTools port open for Lighthouse; stopped by `defer`. */
async function startChromium(defer) {
  const port = await freePort();
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
  defer(async () => child.kill('SIGTERM'));
  await waitFor(`http://127.0.0.1:${port}/json/version`, 30_000);
  return port;
}

/** One Lighthouse run: the four scores (0–100) and the audits that lost points. */
async function audit(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = Object.values(lhr.categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => ({ id: a.id, score: a.score, value: a.displayValue ?? '' }));
  const metrics = Object.fromEntries(
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
      id,
      lhr.audits[id]?.numericValue ?? null,
    ]),
  );
  return { scores, metrics, failing, lighthouseVersion: lhr.lighthouseVersion, warnings: lhr.runWarnings };
}

function medianByPerformance(runs) {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function meetsGoals(page, scores) {
  return CATEGORIES.every((c) => (c === 'seo' && !page.seo) || scores[c] >= GOALS[c]);
}

function printTable(results) {
  console.log(`\n| page | performance | accessibility | best practices | SEO | TBT ms | LCP ms | goals |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const s = r.scores;
    const m = r.metrics;
    const seo = r.seo ? s.seo : `(${s.seo}, noindex)`;
    const row = [r.label, s.performance, s.accessibility, s['best-practices'], seo];
    row.push(Math.round(m['total-blocking-time']), Math.round(m['largest-contentful-paint']), r.meetsGoals ? 'met' : 'NOT met');
    console.log(`| ${row.join(' | ')} |`);
  }
  for (const r of results.filter((x) => !x.meetsGoals))
    console.log(`\n${r.label}: ${r.failing.map((a) => `${a.id}${a.value ? ` (${a.value})` : ''}`).join(', ')}`);
}

async function main(defer) {
  if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 9) throw new Error('LIGHTHOUSE_RUNS must be an integer from 1 to 9');
  const loadAtStart = os.loadavg().map((x) => +x.toFixed(2));
  const server = await startServer();
  defer(server.stop);
  const port = await startChromium(defer);
  const results = [];
  for (const page of PAGES) {
    const url = `${server.url}${page.url}`;
    await fetch(url).then((r) => r.arrayBuffer()); // the first request after start is not judged
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(url, port));
    const run = medianByPerformance(runs);
    results.push({ ...page, ...run, runs: runs.map((r) => r.scores), meetsGoals: meetsGoals(page, run.scores) });
    console.log(`${page.label}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}`);
  }
  printTable(results);
  const machine = {
    cpu: os.cpus()[0]?.model.trim(),
    cores: os.cpus().length,
    node: process.version,
    loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => +x.toFixed(2)) },
  };
  const report = {
    date: new Date().toISOString(),
    machine,
    settings: { runs: RUNS, pages: PAGES.map((p) => p.label), preset: 'mobile (Lighthouse default)' },
    goals: GOALS,
    results,
  };
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(ROOT, OUT)}`);
}

await runScript(main);
