// `npm start`: builds the app when no build exists yet, then serves it.
// Port: PORT environment variable (default 3000); HOSTNAME to bind another address.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!existsSync('.next/BUILD_ID') || process.env.REBUILD === '1') {
  console.log('No build found: running `npm run build` first…');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT || '3000';
const args = ['next', 'start', '-p', port];
if (process.env.HOSTNAME) args.push('-H', process.env.HOSTNAME);
const server = spawn('npx', args, { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
