// First step of `npm test`: the browser tests drive Debian's Chromium; stop early with one clear
// line when it is missing.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as path } from './chromium.mjs';

if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}
