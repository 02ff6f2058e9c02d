/**
 * Re-checks a subscriber's right to the stream while it runs: a role may be taken away, or a
 * session ended, long after the subscription started. The caller must have run `check` itself
 * just before subscribing (so that a refusal is the subscription's answer, not its first
 * event); that counts as the first success. It runs again before an event when the last
 * success is older than `maxAgeMs`, and a failure ends the subscription with that error.
 */
export function authorizedIterator<T>(source: AsyncIterableIterator<T>, check: () => Promise<void>, maxAgeMs = 5_000): AsyncIterableIterator<T> {
  // Not 0: a fresh subscriber re-checking before its first event would double the queries of a
  // crowd that joined together, for a check only just passed.
  let checkedAt = Date.now();
  return {
    async next() {
      const result = await source.next();
      if (result.done) return result;
      if (Date.now() - checkedAt > maxAgeMs) {
        try {
          await check();
        } catch (error) {
          await source.return?.();
          throw error;
        }
        checkedAt = Date.now();
      }
      return result;
    },
    return: (value?: unknown) => source.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined }),
    throw: (error?: unknown) => source.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
