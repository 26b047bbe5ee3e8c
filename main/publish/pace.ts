import type { UploadProgress } from './push';

/** The window the speed is measured over: long enough to smooth out one large file. */
const windowMs = 3000;

/**
 * The speed and time left of an upload, from the progress reports as they come. The time
 * left counts files as well as bytes: at 60 ms a small page costs its round trips more than its bytes.
 */
export function pace(now: () => number = () => performance.now()) {
  const started = now();
  const samples: { at: number; bytes: number }[] = [];
  return (p: UploadProgress): { bytesPerSecond: number; secondsLeft: number | null } => {
    const at = now();
    samples.push({ at, bytes: p.bytes });
    while (samples.length > 2 && at - samples[0]!.at > windowMs) samples.shift();
    const first = samples[0]!;
    const bytesPerSecond = at - first.at > 200 ? Math.round(((p.bytes - first.bytes) * 1000) / (at - first.at)) : 0;
    const done = p.totalBytes ? (p.bytes / p.totalBytes + (p.totalFiles ? p.files / p.totalFiles : 1)) / 2 : p.totalFiles ? p.files / p.totalFiles : 0;
    const elapsed = (at - started) / 1000;
    const secondsLeft = done > 0 && elapsed > 0.5 ? Math.max(0, Math.round((elapsed * (1 - done)) / done)) : null;
    return { bytesPerSecond, secondsLeft };
  };
}
