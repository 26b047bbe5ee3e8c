// Builds main/ into dist/main: the CLI and web shell, the Electron shell, its preload and the launcher.
import { build } from 'esbuild';

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'linked',
};

await Promise.all([
  build({ ...node, format: 'esm', entryPoints: ['main/cli/index.ts'], outfile: 'dist/main/cli.js' }),
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
