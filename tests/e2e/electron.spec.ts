import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { expectSaved } from './saved';

// The desktop shell itself: runs wherever Electron's binary is installed (CI's ci.yml: under
// xvfb-run on Linux, directly on Windows and macOS), and is reported as skipped where it is not
// (npm ci with ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in .ci/run) or where Linux has no display.
const root = path.resolve(import.meta.dirname, '../..');
const pathFile = path.join(root, 'node_modules/electron/path.txt');
const binary = fs.existsSync(pathFile) ? path.join(root, 'node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim()) : '';
const display = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
// Chromium will not start as root with its sandbox (CI's npm test runs as root for the test servers).
const asRoot = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];

test('the desktop app opens the library, creates and saves an article, and quits', async () => {
  test.skip(!binary || !fs.existsSync(binary), 'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)');
  test.skip(!display, 'no display for a desktop window (run under xvfb-run)');
  test.skip(!fs.existsSync(path.join(root, 'dist/main/electron.js')), 'the app is not built (npm run build)');
  const library = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-electron-'));
  const app = await electron.launch({ executablePath: binary, args: [...asRoot, root, '--library', library] });
  const window = await app.firstWindow();
  await expect(window.locator('.article-list li').first()).toContainText('河源、梅州、茂名、潮州局召开三季度政企联席会');
  await window.getByRole('button', { name: '新建' }).click();
  await window.getByLabel('标题', { exact: true }).fill('桌面版新建的文章');
  await expectSaved(window);
  await app.close();
  const files = fs.readdirSync(path.join(library, 'articles'));
  const saved = files.map((f) => fs.readFileSync(path.join(library, 'articles', f), 'utf8')).join('');
  expect(saved).toContain('桌面版新建的文章');
  fs.rmSync(library, { recursive: true, force: true });
});
