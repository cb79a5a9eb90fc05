// The reference deployment on loopback: two `next start` processes on the existing build (as
// `npm start` runs it) and Debian's nginx with deploy/nginx.conf in front of them. Shared by
// `npm run test:deploy`, which checks it, and `npm run load`, which measures it, so that both
// run the same set-up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../bench/harness.mjs';
import { startNginx } from './nginx.mjs';

/**
 * Starts the two apps on `apps` (two ports) and nginx on `nginx` (a port), each stopped by
 * `defer`, with nginx's files in a temporary folder that `defer` removes. `env` is added to the
 * apps' environment; `workers` goes to startNginx. Returns { nginx, apps, dir, stopApp(i) }.
 */
export async function startDeployment(defer, { nginx: nginxPort, apps: appPorts, env = {}, workers }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'frontline-deploy-'));
  defer(async () => rmSync(dir, { recursive: true, force: true }));

  const apps = await Promise.all(appPorts.map((port) => startServer({ env, port })));
  for (const app of apps) defer(app.stop);
  console.log(`apps on ${apps.map((app) => app.url).join(' and ')}`);

  const proxy = await startNginx({ dir, port: nginxPort, apps: appPorts, workers });
  defer(proxy.stop);
  console.log(`nginx (deploy/nginx.conf) on http://127.0.0.1:${nginxPort}, files in ${dir}`);
  return { nginx: nginxPort, apps: appPorts, dir, stopApp: (i) => apps[i].stop() };
}
