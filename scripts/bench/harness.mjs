// Shared by `npm run load`, `npm run bench` and `npm run test:deploy`: free loopback ports, the
// production server of `npm start` (`next start`) serving the existing build on 127.0.0.1,
// started, waited for and stopped by the calling script, a clean-up stack for the scripts
// (runScript), and quantiles.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { hasBuild, nextStartCommand } from '../app-server.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** A free TCP port on 127.0.0.1 (asked of the OS). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Throws unless `url` points at this machine: load and bench traffic stays on loopback. */
export function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`refusing to send load to ${host}: loopback (127.0.0.1) only`);
}

export async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}

/**
 * Starts `next start` on the existing build (fails if there is none) on `port` (default: a free
 * one) and waits until it answers. Returns { url, pid, stop, output }. Its output is kept, and
 * printed only if it fails to start.
 */
export async function startServer({ env = {}, port: wanted } = {}) {
  if (!hasBuild()) throw new Error('No build found: run `npm run build` first.');
  const port = wanted ?? (await freePort());
  const childEnv = { ...process.env, NODE_ENV: 'production', ...env, PORT: String(port), HOSTNAME: '127.0.0.1' };
  const { command, args, cwd } = nextStartCommand(childEnv);
  const child = spawn(command, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };
  try {
    await Promise.race([
      waitFor(`${url}/api/layers`),
      exit.then(({ code }) => {
        throw new Error(`the server exited (${code}) before it was ready`);
      }),
    ]);
  } catch (e) {
    await stop();
    process.stderr.write(output);
    throw e;
  }
  return { url, pid: child.pid, stop, output: () => output };
}

/**
 * Runs a script's `main(defer)` with a stack of clean-ups (servers, browsers, temporary files):
 * `defer(fn)` adds one; they run, last first, when main ends or fails, and on SIGINT/SIGTERM, so
 * nothing outlives the script. A failure is printed and sets exit code 1.
 */
export async function runScript(main) {
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch(() => {});
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, async () => {
      await cleanup();
      process.exit(130);
    });
  }
  try {
    await main((fn) => cleanups.push(fn));
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

export const median = (xs) => quantile(xs, 0.5);
export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
