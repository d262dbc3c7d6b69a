// A static server on 127.0.0.1 for the e2e tests and the demo: corpus pages, the seed article, our fixtures.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(root, '../shared');
export const corpusDir = join(sharedDir, 'corpus/pages');
export const seedFile = join(sharedDir, 'seed/alibaba-memo-2025-11-15.txt');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The seed article (plain text) as a news page: first line the headline, then a paragraph a line. */
export function seedArticleHtml(): string {
  const [headline = '', ...lines] = readFileSync(seedFile, 'utf8').split('\n');
  const paragraphs = lines.filter((line) => line.trim()).map((line) => `<p>${escapeHtml(line.trim())}</p>`);
  // The article's own line: "Source: Benzinga.comPublished: 11/15/2025, 17:08:15 EST".
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title>
<meta property="article:published_time" content="2025-11-15T17:08:15-05:00">
<style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:40px auto;padding:0 16px;color:#222}</style></head>
<body><article><h1>${escapeHtml(headline)}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

function fileFor(path: string): string | null {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const [top, ...rest] = safe.split('/').filter(Boolean);
  const base = top === 'corpus' ? corpusDir : top === 'fixtures' ? join(root, 'test/fixtures') : null;
  if (!base) return null;
  const file = resolve(base, rest.join('/'));
  return file.startsWith(base) && existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `/seed.html`, `/corpus/<source>/<page>.html` and `/fixtures/<path>`, and any extra `pages` given.
 * Corpus pages are served as bytes, with no charset in the header, so the page's own declaration decides.
 */
export async function serve(pages: Record<string, string> = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/seed.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seedArticleHtml());
    if (pages[path] !== undefined)
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    const file = fileFor(path);
    if (!file) return void res.writeHead(404).end('not found');
    const type = types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
