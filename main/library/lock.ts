import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ApiError } from '../../shared/errors';

/**
 * One writer per library, across processes and machines sharing a folder. The lock's
 * timestamp is refreshed every second, so a crashed holder's lock goes stale after a few
 * seconds and the next start takes it over.
 */
export async function lockLibrary(dir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dir, {
      lockfilePath: path.join(dir, '.lock'),
      stale: 4000,
      update: 1000,
      retries: { retries: 6, minTimeout: 500, maxTimeout: 1000 },
      realpath: false,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new ApiError(
        'library-locked',
        'error.libraryLocked',
        `The library ${dir} is open in another Newsdesk window or process; close it there first.`,
        { path: dir },
      );
    }
    throw error;
  }
}
