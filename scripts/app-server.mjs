// Whether a complete build exists, and how to run `next start` on it: shared by `npm start`, the
// browser tests' server, the bench, `npm run load` and `npm run test:deploy`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Next's own command-line entry, run with this Node rather than through a shell or npx. */
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** True when `npm run build` has run to the end: the Next build and what the server reads at run time. */
export function hasBuild() {
  const made = [
    path.join('.next', 'BUILD_ID'),
    path.join('.data', 'checked.json'),
    path.join('.embed', 'render.mjs'),
    path.join('public', '_embed', 'manifest.json'),
  ];
  return made.every((file) => existsSync(path.join(ROOT, file)));
}

/**
 * The command that serves the existing build with `next start`, in the project folder.
 * PORT (default 3000) and HOSTNAME (every interface when unset) say where it listens; they are
 * passed as flags because `next start` does not read HOSTNAME, which many shells set to the
 * machine's name.
 * @param env the environment to read PORT and HOSTNAME from
 * @returns { command, args, cwd } for child_process.spawn
 */
export function nextStartCommand(env = process.env) {
  const args = [NEXT_BIN, 'start', '-p', env.PORT || '3000'];
  if (env.HOSTNAME) args.push('-H', env.HOSTNAME);
  return { command: process.execPath, args, cwd: ROOT };
}
