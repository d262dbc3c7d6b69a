// Collects the requests of a transaction so that none is left with an unhandled rejection when one fails.

/**
 * A request that throws as it is made (quota, clone error) must not strand the ones already made:
 * when the transaction aborts they all reject, and each rejection needs a handler.
 */
export class Writes {
  private readonly pending: Promise<unknown>[] = [];
  private failure: { error: unknown } | null = null;

  /** Makes a request, unless an earlier one already failed (the transaction will abort anyway). */
  add(request: () => Promise<unknown>): void {
    if (this.failure) return;
    try {
      this.pending.push(request());
    } catch (error) {
      this.failure = { error };
    }
  }

  /** Resolves when every request succeeded; rejects with the first failure. */
  async settle(): Promise<void> {
    const results = await Promise.allSettled(this.pending);
    if (this.failure) throw this.failure.error;
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) throw rejected.reason;
  }
}
