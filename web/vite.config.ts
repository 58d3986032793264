import { defineConfig } from 'vite';

// JSX through esbuild with Preact's runtime; no inline scripts or styles, so the server's
// Content-Security-Policy (script-src 'self'; style-src 'self') holds.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
