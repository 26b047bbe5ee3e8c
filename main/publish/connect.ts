import { needsSecret, type DeployTarget } from '../../shared/deploy-target';
import { ApiError } from '../../shared/errors';
import { deployError } from './deploy-errors';
import type { Remote } from './remote';
import { openFolder } from './remotes/folder';
import { openFtp } from './remotes/ftp';
import { openSftp } from './remotes/sftp';

/** Opens a target, failing with a reason a publisher can act on. */
export async function connect(target: DeployTarget, secret: string | null, seen: (fingerprint: string) => void = () => undefined): Promise<Remote> {
  if (secret === null && needsSecret(target)) {
    throw new ApiError('deploy-error', 'error.deploy.noSecret', `No password for ${target.name}.`, { name: target.name });
  }
  try {
    if (target.kind === 'folder') return await openFolder(target.path);
    if (target.kind === 'sftp') return await openSftp(target, secret, seen);
    return await openFtp(target, secret, seen);
  } catch (error) {
    throw deployError(error, 'connect');
  }
}

/** Runs `work` on a connected target, turning any failure on the way into a deploy error. */
export async function withRemote<T>(remote: Remote, where: string, work: (remote: Remote) => Promise<T>): Promise<T> {
  try {
    return await work(remote);
  } catch (error) {
    throw deployError(error, where);
  } finally {
    await remote.close().catch(() => undefined);
  }
}
