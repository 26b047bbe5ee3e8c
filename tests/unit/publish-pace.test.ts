import { describe, expect, it } from 'vitest';
import { pace } from '../../main/publish/pace';
import { progressLines } from '../../main/cli/publish';

describe('the progress of a push', () => {
  it('gives the speed over the last seconds and the time left at the pace so far', () => {
    let now = 0;
    const measure = pace(() => now);
    const total = { totalFiles: 100, totalBytes: 10_000_000 };
    now = 1000;
    expect(measure({ files: 10, bytes: 1_000_000, ...total })).toMatchObject({ bytesPerSecond: 0 });
    now = 2000;
    // A fifth done in 2 s: 8 s left; 1 MB more in the last second.
    expect(measure({ files: 20, bytes: 2_000_000, ...total })).toEqual({ bytesPerSecond: 1_000_000, secondsLeft: 8 });
    // The speed follows the last seconds, not the whole push: the server became slower.
    now = 6000;
    measure({ files: 24, bytes: 2_400_000, ...total });
    now = 8000;
    expect(measure({ files: 26, bytes: 2_600_000, ...total }).bytesPerSecond).toBeLessThan(200_000);
  });

  it('prints one line a tenth on the command line, with the speed and the time left', () => {
    const lines: string[] = [];
    const print = progressLines((line) => lines.push(line));
    const base = { phase: 'upload' as const, itemIds: [], totalFiles: 100, totalBytes: 10 * 1024 * 1024, bytesPerSecond: 1024 * 1024, secondsLeft: 9 };
    for (let files = 0; files <= 15; files++) print({ ...base, files, bytes: files * 104_858 });
    expect(lines).toEqual(['uploading: 0/100 files, 0.0 MB/10.0 MB, 1.0 MB/s, 9 s left', 'uploading: 10/100 files, 1.0 MB/10.0 MB, 1.0 MB/s, 9 s left']);
  });
});
