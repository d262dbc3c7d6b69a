// The cheap tests that spare a RegExp must never say no where the RegExp would say yes.

import { describe, expect, test } from 'vitest';
import { isRegExpSpace } from '../../src/detect/fold';
import { legalAhead, legalEnd } from '../../src/detect/legal';

describe('legal designators', () => {
  test('isRegExpSpace is \\s, code unit by code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  test.each([
    ['Alibaba Group Holding Ltd. said', 7, 26],
    ['Apple, Inc. rose', 5, 11],
    ['Apple\u00a0Inc', 5, 9],
    ['Koninklijke Philips N.V.', 19, 24],
    ['Apple,\tInc.', 5, -1],
    ['Apple Incident', 5, -1],
    ['Apple said', 5, -1],
    ['Apple', 5, -1],
  ])('legalEnd(%j, %i) = %i', (text, end, want) => {
    expect(legalEnd(text, end)).toBe(want);
  });

  test.each([
    ['Tencent Holdings', 7, true],
    ['Tencent,\nInc', 7, true],
    ['Tencent\u3000plc', 7, true],
    ['Tencent Music', 7, false],
    ['Tencent Incoming', 7, false],
    ['Tencent', 7, false],
  ])('legalAhead(%j, %i) = %s', (text, end, want) => {
    expect(legalAhead(text, end)).toBe(want);
  });
});
