// `npm run test:deploy`: the reference deployment (deploy/nginx.conf), tested with the real thing.
// Starts two `next start` processes on the existing build (as `npm start` runs it) and Debian's
// nginx with that file in front of them, all on 127.0.0.1, runs the checks of
// scripts/deploy/checks.mjs through nginx, stops everything (on failure and Ctrl-C too) and ends with "N passed, M failed".
// Exits 1 on any failure. README "Deployment" says what is checked.
//
// Ports: nginx on DEPLOY_TEST_PORT and the apps on the next two ports, or free ports when unset.
// NGINX_PATH: another nginx binary (default /usr/sbin/nginx).
import { freePort, runScript } from './bench/harness.mjs';
import { CHECKS } from './deploy/checks.mjs';
import { errorLogTail } from './deploy/nginx.mjs';
import { startDeployment } from './deploy/stack.mjs';

async function ports() {
  const raw = process.env.DEPLOY_TEST_PORT;
  if (raw === undefined || raw === '') return [await freePort(), await freePort(), await freePort()];
  const base = Number(raw);
  if (!Number.isInteger(base) || base < 1024 || base > 65533)
    throw new Error(`DEPLOY_TEST_PORT must be a port from 1024 to 65533, not "${raw}"`);
  return [base, base + 1, base + 2];
}

/** Starts the two apps and nginx, each stopped by `defer`. Returns the context the checks get. */
async function setUp(defer) {
  const [nginx, ...apps] = await ports();
  // No SITE_URL: /embed's links then follow the Host header, which is what the Host check needs.
  const ctx = await startDeployment(defer, { nginx, apps, env: { SITE_URL: '' } });
  console.log('');
  return ctx;
}

async function main(defer) {
  let passed = 0;
  let failed = 0;
  try {
    const ctx = await setUp(defer);
    const notes = new Set();
    ctx.note = (text) => notes.add(text);
    for (const check of CHECKS) {
      try {
        await check.run(ctx);
        passed++;
        console.log(`ok    ${check.name}`);
      } catch (e) {
        failed++;
        console.log(`FAIL  ${check.name}\n      ${String(e.message).replaceAll('\n', '\n      ')}`);
      }
    }
    if (failed) console.log(`\nnginx's error log ends with:\n${errorLogTail(ctx.dir)}`);
    if (notes.size) console.log(`\nThe app's own headers, made up for by deploy/nginx.conf:\n${[...notes].map((n) => `- ${n}`).join('\n')}`);
  } catch (e) {
    // Setting up is a check too: without it, nothing else could pass.
    failed++;
    console.log(`FAIL  setting up the apps and nginx\n      ${String(e.message).replaceAll('\n', '\n      ')}`);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

await runScript(main);
