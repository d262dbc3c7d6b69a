// Visible text extraction under happy-dom: what counts, how blocks and inline elements join, offset mapping.

import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractText, locate } from '../../src/content/extract';
import { scan } from '../../src/detect/scan';
import { LEX } from '../detect/helpers';

const doc = (html: string): Document =>
  new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('extractText', () => {
  test('inline elements and comments join; blocks end a line', () => {
    const { text } = extractText(
      doc('<p>NYSE:<b>BABA</b></p><p>NASDAQ<!-- -->: <!-- -->ADBE</p><p><a>Apps</a><a>Google</a></p>'),
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['NYSE:BABA', 'NASDAQ: ADBE', 'Apps Google']);
  });

  test('hidden, scripts, styles, code and head are skipped', () => {
    const html =
      '<head><title>T</title><style>x</style></head><body><p hidden>a</p><p style="display:none">b</p>' +
      '<p style="visibility: hidden">c</p><script>d</script><noscript>e</noscript><pre>f</pre><textarea>g</textarea>' +
      '<div contenteditable="true">h</div><p>seen</p></body>';
    expect(extractText(doc(html)).text.trim()).toBe('seen');
  });

  test('React streaming blocks moved by $RC count as visible', () => {
    const html =
      '<body><div hidden id="S:1"><p>streamed</p></div><div hidden id="S:2">stays</div><script>$RC("B:1","S:1")</script></body>';
    expect(extractText(doc(html)).text.trim()).toBe('streamed');
  });

  test('locate maps a text offset back to its node', () => {
    const ex = extractText(doc('<p>Shares of <b>Alibaba</b> rose</p>'));
    const at = ex.text.indexOf('Alibaba');
    const loc = locate(ex, at)!;
    expect(loc.node.data).toBe('Alibaba');
    expect(loc.offset).toBe(0);
    expect(locate(ex, at + 3)!.offset).toBe(3);
  });

  test('fixture: formats the corpus lacks are found, hidden and code ones are not', () => {
    const html = readFileSync(new URL('../fixtures/detect/formats-not-in-corpus.html', import.meta.url), 'utf8');
    const found = scan(extractText(doc(html)).text, LEX)
      .filter((m) => m.kind === 'ticker')
      .map((m) => m.text);
    expect(found).toEqual(['BABA.N', 'HKEX: 9988', 'LSE: VOD', 'NYSEARCA: SPY', 'TSE: 7203', 'NASDAQ: ADBE']);
  });
});
