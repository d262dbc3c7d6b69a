// Runs work in one readwrite transaction over every store, aborting it if the work throws: whole or nothing.
import type { KbDb } from './db';
import type { WriteTx } from './merge';
import { STORES } from './schema';

/**
 * Without the explicit abort, requests already queued would commit even though the work threw:
 * IndexedDB aborts on its own only when a request fails, not when our code does.
 */
export async function inTransaction<T>(db: KbDb, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction([...STORES], 'readwrite');
  const done = tx.done.then(
    () => null,
    (e: unknown) => e ?? new Error('the transaction was aborted'),
  );
  try {
    const result = await work(tx);
    const failed = await done;
    if (failed) throw failed;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    await done;
    throw e;
  }
}
