// `npm start`: builds the app when no complete build exists yet, or when the one there is the browser
// tests' (`npm test` builds with their base maps: scripts/is-test-build.ts), then serves it with `next start`.
// Port: PORT environment variable (default 3000); HOSTNAME to bind another address.
// The SITE_URL warning is printed by instrumentation.ts, once per server process.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasBuild, nextStartCommand } from './app-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Whether the build there is `npm test`'s and this environment is not the tests'. */
function isTestBuild() {
  const tsx = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  return spawnSync(tsx, [path.join(ROOT, 'scripts', 'is-test-build.ts')], { cwd: ROOT }).status === 1;
}

/** Why a build must come first, or null when the one there will do. */
function reasonToBuild() {
  if (!hasBuild()) return 'No build found';
  if (process.env.REBUILD === '1') return 'REBUILD=1';
  if (isTestBuild()) return "The build there is `npm test`'s, made with the browser tests' base maps";
  return null;
}

const why = reasonToBuild();
if (why) {
  console.log(`${why}: running \`npm run build\` first…`);
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
