// `npm run test:deploy`'s nginx: deploy/nginx.conf, the file operators copy, with its listen
// address, app addresses and cache directory replaced (nothing else), included in a small main
// configuration whose pid, logs, temporary files and cache all live in one temporary folder.
// Runs Debian's nginx (or NGINX_PATH) in the foreground, as its own process group.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, waitFor } from '../bench/harness.mjs';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** Replaces `from` with `to`, and fails unless `from` occurs exactly once: the script and the file must agree. */
function replaceOnce(text, from, to) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`deploy/nginx.conf: expected ${JSON.stringify(from)} once, found it ${count} times`);
  return text.replace(from, () => to);
}

/** Writes `dir`/site.conf (deploy/nginx.conf for these ports) and `dir`/nginx.conf; returns the latter's path. */
function writeConfig({ dir, port, apps, workers }) {
  let site = readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  // Each directive with its indentation, so that the file's comments quoting them do not match.
  site = replaceOnce(site, '\n    listen 80;', `\n    listen 127.0.0.1:${port};`);
  site = replaceOnce(site, '\n    server 127.0.0.1:3000 ', `\n    server 127.0.0.1:${apps[0]} `);
  site = replaceOnce(site, '\n    server 127.0.0.1:3001 ', `\n    server 127.0.0.1:${apps[1]} `);
  site = replaceOnce(site, '\nproxy_cache_path /var/cache/nginx/frontline-map ', `\nproxy_cache_path "${path.join(dir, 'cache')}" `);
  writeFileSync(path.join(dir, 'site.conf'), site);

  const file = (name) => `"${path.join(dir, name)}"`;
  // The http-level lines of Debian's own nginx.conf that matter here (`gzip on` among them: the
  // copied file must not repeat an http-level directive), then the file as operators include it.
  const main = `daemon off;
worker_processes ${workers.processes};
pid ${file('nginx.pid')};
error_log ${file('error.log')} warn;
events { worker_connections ${workers.connections}; }
http {
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    gzip on;
    log_format deploy_test '$upstream_addr $upstream_cache_status $status "$request"';
    access_log ${file('access.log')} deploy_test${workers.logBuffer ? ' buffer=64k flush=1s' : ''};
    client_body_temp_path ${file('temp-body')};
    proxy_temp_path ${file('temp-proxy')};
    fastcgi_temp_path ${file('temp-fastcgi')};
    uwsgi_temp_path ${file('temp-uwsgi')};
    scgi_temp_path ${file('temp-scgi')};
    include ${file('site.conf')};
}
`;
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, main);
  return conf;
}

/** The last lines of nginx's error log, for failure messages. */
export function errorLogTail(dir, lines = 20) {
  const log = path.join(dir, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no error log)';
}

/** The checks' default: a handful of requests at a time need no more, and it leaves the cores to the apps. */
const ONE_WORKER = { processes: 1, connections: 256 };
/** What Debian's own nginx.conf sets, i.e. what an operator runs: one worker per core. */
export const DEBIAN_WORKERS = { processes: 'auto', connections: 768 };

/**
 * Checks the configuration with `nginx -t`, starts nginx on 127.0.0.1:`port` in front of the apps
 * on `apps` (two ports) with everything under `dir`, and waits until it answers through to an app.
 * `workers`: { processes, connections, logBuffer } of the main configuration (default: one worker;
 * logBuffer: the access log written in 64 KB blocks, as `npm run load` wants it).
 * Returns { stop }; stop() ends nginx and its workers and waits for them.
 */
export async function startNginx({ dir, port, apps, workers = ONE_WORKER }) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install nginx) or set NGINX_PATH`);
  // As root, nginx's workers run as an unprivileged user that must reach the cache inside `dir`.
  chmodSync(dir, 0o755);
  const conf = writeConfig({ dir, port, apps, workers });
  const args = ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')];
  const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);

  // Its own process group, so that stop() reaches the workers too, should the master not.
  const child = spawn(NGINX, args, { stdio: 'ignore', detached: true });
  let exited = false;
  const exit = new Promise((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  const stop = async () => {
    if (exited) return;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };
  try {
    await Promise.race([
      waitFor(`http://127.0.0.1:${port}/api/sources`, 20_000),
      exit.then((code) => {
        throw new Error(`nginx exited (${code}) before it was ready:\n${errorLogTail(dir)}`);
      }),
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  return { stop };
}
