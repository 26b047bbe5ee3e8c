// Builds main/ into dist/main: the CLI and web shell, the Electron shell, its preload and the launcher.
import fs from 'node:fs';
import { build } from 'esbuild';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'linked',
};

// The CLI's chunks are named by their content: those of earlier builds go, or the installer would carry them.
for (const name of fs.existsSync('dist/main') ? fs.readdirSync('dist/main') : []) if (/^cli-.*\.js(\.map)?$/.test(name)) fs.rmSync(`dist/main/${name}`);

await Promise.all([
  // Each command loads its work when it runs (split into chunks beside cli.js), so --help and
  // --version load neither the library nor the site builder, ssh2 or jsdom. The chunks sit in
  // dist/main beside cli.js: code in them finds package.json and the render worker from there.
  build({ ...node, format: 'esm', splitting: true, entryPoints: { cli: 'main/cli/index.ts' }, outdir: 'dist/main', chunkNames: 'cli-[name]-[hash]' }),
  build({ ...node, format: 'esm', entryPoints: ['main/shell/launch.ts'], outfile: 'dist/main/launch.js' }),
  build({ ...node, format: 'esm', entryPoints: ['main/shell/electron.ts'], outfile: 'dist/main/electron.js' }),
  // Render threads of large exports, started from cli.js and electron.js beside it. Its
  // packages are bundled in: it starts in about 0.1 s, where loading them one by one took 0.3 s.
  build({
    ...node,
    packages: undefined,
    format: 'esm',
    entryPoints: ['main/site/render-worker.ts'],
    outfile: 'dist/main/render-worker.js',
    // The bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  }),
  // A sandboxed preload cannot load modules: everything but electron is bundled into it.
  build({ ...node, packages: undefined, external: ['electron'], format: 'cjs', entryPoints: ['main/shell/preload.ts'], outfile: 'dist/main/preload.cjs' }),
]);
