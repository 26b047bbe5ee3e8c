// Electronegativity (Doyensec's Electron security scanner) over the main process and preload
// sources; fails on any finding. Its CLI cannot parse its own options with the commander
// version npm installs beside it, so its scanner is called directly.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const electron = require('electron/package.json').version;

const input = path.resolve(import.meta.dirname, '../../main');
const result = await run({ input, isRelative: true, isVerbose: false, electronVersionOverride: electron, customScan: [], excludeFromScan: [], parserPlugins: [] }, false);
const fatal = result.errors.filter((e) => !e.tolerable);
for (const issue of result.issues) {
  console.log(`${issue.id}  ${issue.file}:${issue.location?.line ?? ''}  ${issue.description ?? ''}`);
}
for (const error of fatal) console.log(`could not scan ${error.file}: ${error.message}`);
console.log(`electronegativity (Electron ${electron}): ${result.issues.length} findings, ${fatal.length} files not scanned`);
process.exit(result.issues.length || fatal.length ? 1 : 0);
