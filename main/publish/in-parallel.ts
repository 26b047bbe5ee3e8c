import { ApiError } from '../../shared/errors';

/** Throws the "cancelled" error once `signal` is aborted. */
export function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ApiError('deploy-error', 'error.deploy.cancelled', 'The push was cancelled; publish again to resume where it stopped.');
}

/**
 * Runs `work` over `items` with at most `limit` at once, started in order; the first failure
 * (or a cancel) stops the rest from starting.
 */
export async function inParallel<T>(limit: number, items: T[], work: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      checkCancelled(signal);
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
