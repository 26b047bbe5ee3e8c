/**
 * Skips a test that cannot mean anything on this machine, saying why on one line, so a
 * skipped test is seen in the run's output rather than passing in silence. `reason` is null
 * where the test runs. Use as `it.skipIf(skipBecause(...))`.
 */
export function skipBecause(what: string, reason: string | null): boolean {
  if (reason) console.warn(`skipped here: ${what}: ${reason}`);
  return reason !== null;
}

/** Windows has no FIFOs, no /dev devices and no POSIX signals a process can catch. */
export const onWindows = process.platform === 'win32';
