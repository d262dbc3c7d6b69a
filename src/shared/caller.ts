// Asking the background over runtime messaging, with whichever extension API the caller has: the polyfill's
// (rpc.ts, the options page), or the browser's own where the polyfill's module would cost (ext.ts: the popup, the
// content script).
import type { Envelope, Message, MessageName, Request, Response } from './messages';

/** What `call` needs of `runtime`: both Chrome (121+) and Firefox return a promise here. */
export interface Sender {
  sendMessage(message: unknown): Promise<unknown>;
}

export type Call = <N extends MessageName>(type: N, req: Request<N>) => Promise<Envelope<Response<N>>>;

/** A `call` over this runtime: a failure (or a dead extension context) comes back as `{ ok: false }`. */
export function callerFor(runtime: Sender): Call {
  return async (type, req) => {
    try {
      const envelope = (await runtime.sendMessage({ type, req } satisfies Message<typeof type>)) as
        Envelope<Response<typeof type>> | undefined;
      return envelope ?? { ok: false, error: `no answer to ${type}` };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when the extension was updated or removed under a running content script. */
export function isContextGone(error: unknown): boolean {
  return /Extension context invalidated/i.test(errorText(error));
}
