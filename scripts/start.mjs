// `npm start`: builds the app when no complete build exists yet, then serves it with `next start`.
// Port: PORT environment variable (default 3000); HOSTNAME to bind another address.
// The SITE_URL warning is printed by instrumentation.ts, once per server process.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { hasBuild, nextStartCommand } from './app-server.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!hasBuild() || process.env.REBUILD === '1') {
  console.log('No build found: running `npm run build` first…');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { command, args, cwd } = nextStartCommand();
const server = spawn(command, args, { cwd, stdio: 'inherit' });
// A supervisor (systemd, Docker, Playwright) signals this process: pass it on, and let the server
// decide when to exit rather than leaving it orphaned.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('error', (err) => {
  console.error(`Could not run next start: ${err.message}`);
  process.exit(1);
});
// A server ended by a signal exits as shells report it: 128 + the signal's number.
server.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
