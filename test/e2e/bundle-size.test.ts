// The content scripts are injected into every page a person opens: they must stay small, and the card must not
// come with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { defaultExtensionDir as extensionDir } from './browser';

interface BuiltManifest {
  content_scripts: { js: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

const read = (file: string) => readFileSync(join(extensionDir, file), 'utf8');
/** Preact's virtual-node marker, in whatever chunk carries Preact. */
const preactMarker = 'Symbol.for(`pv`)';

test('the content scripts load under 15 KB gzipped before the first hover; Preact and the card come later', () => {
  const manifest = JSON.parse(read('manifest.json')) as BuiltManifest;
  // Classic scripts (crxjs builds *.iife.ts so): what the manifest injects is all that loads before a hover.
  const injected = manifest.content_scripts.flatMap((script) => script.js);
  expect(injected.every((file) => file.endsWith('.iife.js'))).toBe(true);
  const bytes = injected.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);
  expect(bytes).toBeLessThan(15 * 1024);
  const eagerCode = injected.map(read).join('\n');
  expect(eagerCode).not.toContain(preactMarker);
  expect(eagerCode).not.toContain('attachShadow');
  // The card (its shadow root) and Preact are web-accessible modules, imported on first hover.
  const later = (manifest.web_accessible_resources ?? []).flatMap((r) => r.resources).filter((f) => f.endsWith('.js'));
  const laterCode = later.map(read).join('\n');
  expect(laterCode).toContain(preactMarker);
  expect(laterCode).toContain('attachShadow');
});
