import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { Ajv } from 'ajv';
import { build, Platform } from 'electron-builder';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// Installers cannot be built here (electron-builder downloads Electron), so this checks what
// can be checked offline: the configuration against electron-builder's own schema, the files
// it names, and the real app.asar that electron-builder packs around a stand-in Electron.
const root = path.resolve(import.meta.dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the YAML is checked against the schema in the first test
const config = loadYaml(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it("validates against app-builder-lib's schema", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('names files that exist, and the installers staff need', () => {
    for (const icon of [config.win.icon, config.linux.icon, config.mac.icon]) expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
    expect(config.linux.target).toEqual(['deb', 'AppImage']);
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.fileAssociations[0].ext).toBe('newsdesk');
    expect(config.publish.provider).toBe('generic');
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.version).toBeUndefined(); // the version comes from package.json only
  });
});

describe('the packaged app', () => {
  let files: string[] = [];
  beforeAll(async () => {
    if (!fs.existsSync(path.join(root, 'dist/main/electron.js'))) throw new Error('Run `npm run build` first: the package is made from dist/.');
    const fakeElectron = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-fake-electron-'));
    fs.copyFileSync('/bin/true', path.join(fakeElectron, 'electron'));
    const output = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-pack-'));
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      // A stand-in Electron is packed instead of a download; it has no fuses to flip.
      config: { ...config, electronDist: fakeElectron, electronVersion: '45.5.0', electronFuses: null, directories: { ...config.directories, output } },
    });
    files = listPackage(path.join(output, 'linux-unpacked/resources/app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    fs.rmSync(output, { recursive: true, force: true });
    fs.rmSync(fakeElectron, { recursive: true, force: true });
  }, 180_000);

  it('holds the built main, preload and renderer, the default library and the theme', () => {
    for (const file of ['/package.json', '/dist/main/electron.js', '/dist/main/preload.cjs', '/dist/main/render-worker.js', '/dist/renderer/index.html', '/assets/default-library/site.json', '/assets/theme/article.hbs', '/node_modules/lowdb/package.json', '/node_modules/handlebars/package.json']) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => /^\/dist\/renderer\/app\/.+\.js$/.test(f))).toBe(true);
  });

  it('holds no tests, sources, source maps, dev dependencies or native modules', () => {
    const offending = files.filter(
      (f) =>
        /^\/(tests|main|renderer|shared|\.ci|\.github)\//.test(f) ||
        /\.map$/.test(f) ||
        /^\/node_modules\/(electron|electron-builder|vite|vitest|typescript|react|react-dom|@tiptap|eslint|@playwright|playwright|esbuild|tsx)\//.test(f) ||
        /\.node$/.test(f) ||
        (/\.tsx?$/.test(f) && !f.startsWith('/node_modules/')),
    );
    expect(offending).toEqual([]);
  });
});
