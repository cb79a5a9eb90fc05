// Bundles the production server (server/main.ts, with the origin cache and the lib/ modules it
// uses) into .next/origin-server.mjs. Next and other packages stay external: they are loaded from
// node_modules at run time. Part of `npm run build`, after `next build` (which empties .next/).
import { build } from 'esbuild';
import { SERVER_BUNDLE } from './server-bundle.mjs';

const result = await build({
  entryPoints: ['server/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  packages: 'external',
  outfile: SERVER_BUNDLE,
  tsconfig: 'tsconfig.json',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const [[file, output]] = Object.entries(result.metafile.outputs);
console.log(`Server built: ${file} ${output.bytes} B`);
