import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri embeds ui/dist and serves it from tauri://localhost, so every asset path is
// relative and nothing is fetched from outside the bundle (the CSP forbids it).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK on Linux, WebKit on macOS, WebView2 on Windows.
    target: ['es2022', 'safari15', 'chrome105'],
    sourcemap: false,
  },
});
