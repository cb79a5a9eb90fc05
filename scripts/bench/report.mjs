// The bench's verdict: ratios to the baseline against the goals, the printed tables, bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VIEWPORT } from './bench-page.mjs';
import { fmt, kb, spread } from './figures.mjs';
import { CPU_SLOWDOWN, NETWORK } from './first-layer.mjs';
import { ROOT } from './harness.mjs';
import { PAN, SCALE_SIZES, SEED } from './scale.mjs';

// Issue 12: /embed's weight and first layer within 1.5 times the plain-Leaflet page; issue 17: the
// full map's weight within 3 times it.
const GOALS = { weightRatio: 1.5, mapWeightRatio: 3, timeRatio: 1.5, scaleFirstRenderRatio: 3, panP95Ms: 50 };

function ratiosAndGoals({ weightMedian, timeMedian, scaleMedian }) {
  const smallest = scaleMedian[SCALE_SIZES[0]];
  const largest = scaleMedian[SCALE_SIZES.at(-1)];
  const ratios = {
    weightEmbed: weightMedian.embed.total / weightMedian.baseline.total,
    weightMap: weightMedian.map.total / weightMedian.baseline.total,
    timeEmbed: timeMedian.embed.firstPath / timeMedian.baseline.firstPath,
    scaleFirstRender: largest.firstRenderMs / smallest.firstRenderMs,
  };
  const pannable = largest.movedPx >= 0.9 * PAN.px && largest.frameP95Ms <= GOALS.panP95Ms;
  const goals = {
    weight: { goal: `/embed ≤ ${GOALS.weightRatio}× baseline`, ratio: ratios.weightEmbed, met: ratios.weightEmbed <= GOALS.weightRatio },
    mapWeight: { goal: `/ ≤ ${GOALS.mapWeightRatio}× baseline`, ratio: ratios.weightMap, met: ratios.weightMap <= GOALS.mapWeightRatio },
    time: { goal: `/embed ≤ ${GOALS.timeRatio}× baseline`, ratio: ratios.timeEmbed, met: ratios.timeEmbed <= GOALS.timeRatio },
    scaleFirstRender: {
      goal: `${SCALE_SIZES.at(-1)} points ≤ ${GOALS.scaleFirstRenderRatio}× the ${SCALE_SIZES[0]}-point time`,
      ratio: ratios.scaleFirstRender,
      met: ratios.scaleFirstRender <= GOALS.scaleFirstRenderRatio,
    },
    pannable: {
      goal: `${SCALE_SIZES.at(-1)} points: the map follows a ${PAN.px} px drag (≥ 90%) with p95 frame ≤ ${GOALS.panP95Ms} ms`,
      movedPx: largest.movedPx,
      frameP95Ms: largest.frameP95Ms,
      met: pannable,
    },
  };
  return { ratios, goals };
}

function printTables({ weightMedian, time, scale, scaleMedian }, { ratios, goals }) {
  const yes = (m) => (m ? 'met' : 'MISSED');
  console.log('\n| figure | ours | baseline | ratio | goal |');
  console.log('|---|---:|---:|---:|---|');
  console.log(
    `| weight, /embed?tiles=0 (JS + CSS + data, gzip) | ${kb(weightMedian.embed.total)} | ${kb(weightMedian.baseline.total)} | ${fmt(ratios.weightEmbed, 2)} | ≤ ${GOALS.weightRatio}: ${yes(goals.weight.met)} |`,
  );
  console.log(
    `| weight, /?tiles=0 (full map) | ${kb(weightMedian.map.total)} | ${kb(weightMedian.baseline.total)} | ${fmt(ratios.weightMap, 2)} | ≤ ${GOALS.mapWeightRatio}: ${yes(goals.mapWeight.met)} |`,
  );
  console.log(
    `| first drawn layer, /embed, 4× CPU, 150 ms / 1.6 Mbps (median, range) | ${spread(time.embed, 'firstPath')} ms | ${spread(time.baseline, 'firstPath')} ms | ${fmt(ratios.timeEmbed, 2)} | ≤ ${GOALS.timeRatio}: ${yes(goals.time.met)} |`,
  );
  console.log(
    '\n| points | page (raw) | renderer | first render (median, range) | JS heap after GC | frame median while panning | frame p95 | longest frame after release | moved |',
  );
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const [n, s] of Object.entries(scaleMedian)) {
    console.log(
      `| ${Number(n).toLocaleString('en')} | ${(s.pageBytes / 2 ** 20).toFixed(1)} MB | ${s.renderer} | ${spread(scale[n], 'firstRender')} ms | ${fmt(s.heapMB, 1)} MB | ${fmt(s.frameMedianMs, 1)} ms | ${fmt(s.frameP95Ms, 1)} ms | ${fmt(s.afterPanMaxFrameMs)} ms | ${fmt(s.movedPx)} px |`,
    );
  }
  console.log(
    `\nScale: ${SCALE_SIZES.at(-1)} / ${SCALE_SIZES[0]} first render = ${fmt(ratios.scaleFirstRender, 2)} (goal ≤ ${GOALS.scaleFirstRenderRatio}: ${yes(goals.scaleFirstRender.met)}); pannable at ${SCALE_SIZES.at(-1)}: ${yes(goals.pannable.met)}`,
  );
}

function writeResults(m, { ratios, goals }, { runs, chromiumVersion, bbox, loadAtStart }) {
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
      chromium: chromiumVersion,
      platform: `${os.platform()} ${os.release()}`,
      // 1/5/15-minute load averages at start and end: other work on the machine skews timings.
      loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => +x.toFixed(2)) },
    },
    settings: {
      runs,
      viewport: VIEWPORT,
      network: NETWORK,
      cpuSlowdown: CPU_SLOWDOWN,
      pan: PAN,
      seed: SEED,
      syntheticBbox: bbox,
      statistic: 'median of runs',
    },
    weight: { median: m.weightMedian, runs: m.weight },
    time: { median: m.timeMedian, runs: m.time },
    scale: { median: m.scaleMedian, runs: m.scale },
    ratios,
    goals,
  };
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWritten: bench/results.json');
}

/**
 * Prints the tables and writes bench/results.json. `measured` holds the runs and medians of the
 * three measurements; `context` the run count, Chromium version, synthetic bbox and starting load.
 */
export function report(measured, context) {
  const verdict = ratiosAndGoals(measured);
  printTables(measured, verdict);
  writeResults(measured, verdict, context);
}
