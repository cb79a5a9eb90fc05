/**
 * The production server: Next.js's request handler for the existing build (as `next start` serves
 * it), behind the origin's response cache for the JSON API (server/origin-cache.ts).
 * Bundled by scripts/build-server.mjs into .next/origin-server.mjs; run by `npm start`, the
 * browser tests, `npm run load` and `npm run bench`.
 *
 * PORT (default 3000; 0 for any free port) and HOSTNAME (default: every interface) say where it
 * listens. It logs one line when it is ready (after a warning when SITE_URL is unset), and stops
 * on SIGINT or SIGTERM.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { siteUrlWarning } from '../lib/site';
import { selfAddressOf, withOriginCache } from './origin-cache';

const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
const hostname = process.env.HOSTNAME || undefined;

// As `next start` does, before Next and React are loaded: they pick their production builds by it.
Object.assign(process.env, { NODE_ENV: 'production' });
// Once, at start, rather than per request: the setting cannot change while the server runs.
const siteWarning = siteUrlWarning();
if (siteWarning) console.warn(siteWarning);
const { default: next } = await import('next');

// The bundle lives in .next/, one level below the project.
const dir = fileURLToPath(new URL('..', import.meta.url));
const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
await app.prepare();

const server = http.createServer();
const handle = withOriginCache(app.getRequestHandler(), () => {
  const address = server.address();
  return address === null || typeof address === 'string' ? undefined : selfAddressOf(address.address, address.port);
});

/** As `next start` does; Next answers its own errors, so this is a fault of the server itself. */
function fail(req: http.IncomingMessage, res: http.ServerResponse, err: unknown): void {
  console.error(`Failed to handle request for ${req.url}`, err);
  if (res.headersSent) res.destroy();
  else {
    res.statusCode = 500;
    res.end('Internal Server Error');
  }
}

server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
  try {
    handle(req, res)?.catch((err: unknown) => fail(req, res, err));
  } catch (err) {
    fail(req, res, err);
  }
});

server.on('error', (err) => {
  console.error('The server could not start:', err.message);
  process.exit(1);
});

server.listen(port, hostname, () => {
  const address = server.address();
  if (address === null || typeof address === 'string') return;
  const host =
    address.address === '::' || address.address === '0.0.0.0'
      ? 'localhost'
      : address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address;
  console.log(`> Ready on http://${host}:${address.port} (Next.js production build, API answers cached in process)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Open keep-alive connections with a request in progress get a moment to finish.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
