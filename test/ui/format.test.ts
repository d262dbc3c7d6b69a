// The small formatters: safe links, host names from what people type, day comparison.
import { describe, expect, test } from 'vitest';
import { dayOf, hostOf, safeHref } from '../../src/ui/format';

describe('safeHref', () => {
  test.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org/', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['/relative', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (url, expected) => expect(safeHref(url)).toBe(expected));
});

describe('hostOf', () => {
  test.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/news/today', 'www.example.com'],
    ['  news.example.co.uk  ', 'news.example.co.uk'],
    ['example.com:8080/path', 'example.com'],
    ['localhost', 'localhost'],
    ['not a site', null],
    ['nodots', null],
    ['', null],
  ])('%s -> %s', (input, expected) => expect(hostOf(input)).toBe(expected));
});

describe('dayOf', () => {
  test.each([
    ['2025-11-15', '2025-11-15'],
    ['2025-11-15T17:08:15-05:00', '2025-11-15'],
    ['2025-11-15T23:30:00-05:00', '2025-11-15'],
    ['2025-11', '2025-11'],
    ['not a date', null],
    [null, null],
  ])('%s -> %s', (input, expected) => expect(dayOf(input)).toBe(expected));
});
