import { defineConfig } from 'vite';

// The renderer: one page, no inline script (the CSP forbids it), served by either shell.
export default defineConfig({
  root: 'renderer',
  base: '/',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // /assets/ is the library's images, as on the site; the app's own files live under /app/.
    assetsDir: 'app',
    target: 'chrome120',
    // One window loaded from disk: a single chunk is fine. TipTap's "use client" is for server rendering.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { onwarn: (w, warn) => w.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(w) },
  },
});
