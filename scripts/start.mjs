// `npm start`: builds the app when no build exists yet, then runs the production server
// (server/main.ts, bundled into .next/origin-server.mjs: Next.js behind the API's response cache).
// Port: PORT environment variable (default 3000); HOSTNAME to bind another address.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { hasBuild, SERVER_BUNDLE } from './server-bundle.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!hasBuild() || process.env.REBUILD === '1') {
  console.log('No build found: running `npm run build` first…');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(pathToFileURL(SERVER_BUNDLE).href);
