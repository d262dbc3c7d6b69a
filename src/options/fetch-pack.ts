// A one-off download of a pack file, bounded in size and time so a wrong URL cannot hang or flood the page.
import { t } from '../ui/i18n';

/** The same bound the background puts on a pack. */
export const maxPackBytes = 20 * 1024 * 1024;
const timeoutMs = 30_000;

/** A failure whose message is for the person. */
export class PackFetchError extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new PackFetchError(t('urlTooLarge', maxBytes >> 20));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return new TextDecoder().decode(bytes);
}

/** The text at `url`, or a PackFetchError saying in words what went wrong. */
export async function fetchPackText(
  url: string,
  maxBytes = maxPackBytes,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    throw new PackFetchError(t('urlUnreachable'));
  }
  if (!response.ok) throw new PackFetchError(t('urlHttpError', response.status));
  if (Number(response.headers.get('content-length')) > maxBytes)
    throw new PackFetchError(t('urlTooLarge', maxBytes >> 20));
  return readCapped(response, maxBytes);
}
