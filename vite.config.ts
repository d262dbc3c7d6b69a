// Builds the extension for one browser: `vite build --mode chrome` -> dist/chrome, `--mode firefox` -> dist/firefox.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor, targets, type Target } from './manifest.config';

export default defineConfig(({ mode }) => {
  const target: Target = (targets as readonly string[]).includes(mode) ? (mode as Target) : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
    build: {
      // BACKSTORY_OUT lets one developer's e2e run use its own build while another rebuilds dist/.
      outDir: process.env.BACKSTORY_OUT ?? `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      manifest: true,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
