// The content script is injected into every page a person opens: its first chunk must stay small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { extensionDir } from './browser';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

test('the content script loads under 15 KB gzipped before the first hover; Preact comes with the card', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = manifest['src/content/index.ts'];
  expect(entry).toBeDefined();
  // Everything the entry pulls in statically is loaded on every page.
  const eager = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || eager.has(chunk.file)) return;
    eager.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit('src/content/index.ts');
  const bytes = [...eager].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length,
    0,
  );
  expect(bytes).toBeLessThan(15 * 1024);
  const eagerCode = [...eager].map((file) => readFileSync(join(extensionDir, file), 'utf8')).join('\n');
  expect(eagerCode).not.toMatch(/preact/i);
  expect(entry!.dynamicImports?.length ?? 0).toBeGreaterThan(0);
});
