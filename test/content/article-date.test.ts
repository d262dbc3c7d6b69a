// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { publishedDate } from '../../src/content/article-date';

const page = (head: string, body = '') => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
};

test.each([
  [
    'Open Graph meta',
    '<meta property="article:published_time" content="2025-11-15T17:08:15-05:00">',
    '',
    '2025-11-15T17:08:15-05:00',
  ],
  ['itemprop meta', '<meta itemprop="datePublished" content="2024-10-23">', '', '2024-10-23'],
  [
    'JSON-LD',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-04-28T10:00:00Z"}</script>',
    '',
    '2023-04-28T10:00:00Z',
  ],
  ['a <time> in the article', '', '<article><time datetime="2017-01-05">Jan 5</time></article>', '2017-01-05'],
  ['nothing that parses', '<meta property="article:published_time" content="yesterday-ish">', '', null],
  ['no date at all', '', '<p>text</p>', null],
  [
    'a meta over JSON-LD and <time> that come first',
    '<script type="application/ld+json">{"datePublished":"2023-04-28"}</script><meta name="date" content="2025-01-02">',
    '<time datetime="2017-01-05">Jan 5</time>',
    '2025-01-02',
  ],
  [
    'of the metas, the more trusted one',
    '<meta name="pubdate" content="2020-02-02"><meta property="article:published_time" content="2021-03-03">',
    '',
    '2021-03-03',
  ],
])('%s', (_name, head, body, expected) => {
  expect(publishedDate(page(head, body))).toBe(expected);
});
