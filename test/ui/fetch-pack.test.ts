// Downloading a pack by URL: the text, or an error in words; never more than the size cap.
import { beforeAll, describe, expect, test } from 'vitest';
import { fetchPackText, PackFetchError } from '../../src/options/fetch-pack';
import { stubI18n } from './i18n-stub';

beforeAll(stubI18n);

const fetcher =
  (response: Response | Error): typeof fetch =>
  async () => {
    if (response instanceof Error) throw response;
    return response;
  };

function streamOf(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

describe('fetchPackText', () => {
  test('returns the text of a good answer', async () => {
    await expect(fetchPackText('https://x.org/p.json', 1000, fetcher(new Response('{"a":1}')))).resolves.toBe(
      '{"a":1}',
    );
  });

  test('refuses a file the server says is too large, before reading it', async () => {
    const response = new Response('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } });
    await expect(fetchPackText('https://x.org/p.json', 1024 * 1024, fetcher(response))).rejects.toThrow(
      /larger than 1 MB/,
    );
  });

  test('stops reading a stream that grows past the cap', async () => {
    const response = new Response(streamOf(100, 64 * 1024));
    await expect(fetchPackText('https://x.org/p.json', 1024 * 1024, fetcher(response))).rejects.toBeInstanceOf(
      PackFetchError,
    );
  });

  test('says what went wrong: HTTP errors and unreachable hosts', async () => {
    await expect(
      fetchPackText('https://x.org/p.json', 1000, fetcher(new Response('', { status: 404 }))),
    ).rejects.toThrow('The site answered with an error (HTTP 404).');
    await expect(fetchPackText('https://x.org/p.json', 1000, fetcher(new TypeError('failed')))).rejects.toThrow(
      /could not be downloaded/,
    );
  });
});
