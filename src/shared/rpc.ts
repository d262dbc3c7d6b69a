// Sending and serving the typed messages of messages.ts over runtime messaging.
import browser, { type Runtime } from 'webextension-polyfill';
import {
  contentScriptMessages,
  type Envelope,
  type Handlers,
  type Message,
  type MessageName,
  type Request,
  type Response,
} from './messages';
import { callerFor, errorText } from './caller';

/** Asks the background; a failure (or a dead extension context) comes back as `{ ok: false }`. */
export const call = callerFor(browser.runtime);

/** Like `call`, for callers that can do nothing useful with a failure but stop. */
export async function ask<N extends MessageName>(type: N, req: Request<N>): Promise<Response<N>> {
  const envelope = await call(type, req);
  if (!envelope.ok) throw new Error(envelope.error);
  return envelope.value;
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/** Registers the handlers; must run at the top level of the background entry (the worker may be cold). */
export function serve(handlers: Handlers): void {
  const extensionOrigin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isMessage(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const fromExtensionPage = sender.url?.startsWith(extensionOrigin) ?? false;
    if (!fromExtensionPage && !contentScriptMessages.has(message.type))
      return Promise.resolve({ ok: false, error: `${message.type} is not for content scripts` });
    const handler = handlers[message.type] as (req: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return handler(message.req, sender).then(
      (value): Envelope<unknown> => ({ ok: true, value }),
      (error: unknown): Envelope<unknown> => ({ ok: false, error: errorText(error) }),
    );
  });
}
