import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { freePort, waitFor } from './harness.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
const port = await freePort();
const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
await waitFor(`http://127.0.0.1:${port}/json/version`, 30_000);
const [url, out] = process.argv.slice(2);
await fetch(url).then((r) => r.arrayBuffer());
const { lhr, artifacts } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
writeFileSync(out, JSON.stringify(lhr));
writeFileSync(out.replace('.json', '.trace.json'), JSON.stringify(artifacts.Trace ?? artifacts.traces?.defaultPass));
const a = lhr.audits;
console.log(
  'perf',
  Math.round(lhr.categories.performance.score * 100),
  ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift']
    .map((id) => `${id}=${Math.round(a[id].numericValue)}`)
    .join(' '),
);
child.kill('SIGTERM');
process.exit(0);
