/**
 * Runs `work` when the browser is next idle, after the frame in progress, or after `timeout`
 * ms at the latest; returns its cancel. For work no frame waits for: kept off a keystroke's path.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(handle);
}
