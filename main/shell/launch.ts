import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appRoot } from '../paths';

/**
 * `npm start`: opens the desktop window where Electron can run, and otherwise says so in
 * one line and opens the same app through the web shell.
 */
const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const args = process.argv.slice(2);

function electronBinary(): string | undefined {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    // The binary is fetched on first use (npm ci may have skipped it); give it two minutes.
    spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  }
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

function canShowWindow(): boolean {
  return process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
}

const binary = electronBinary();
if (binary && canShowWindow()) {
  const child = spawn(binary, [appRoot, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = binary ? 'no display' : 'the Electron binary is not installed and could not be downloaded';
  console.log(`Electron cannot run here (${why}); opening Newsdesk in the web shell instead.`);
  const child = spawn(process.execPath, [path.join(appRoot, 'dist', 'main', 'cli.js'), 'web', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
