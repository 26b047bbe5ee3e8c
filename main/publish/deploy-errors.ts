import { ApiError } from '../../shared/errors';

export class HostKeyChangedError extends Error {
  constructor(
    readonly pinned: string,
    readonly found: string,
  ) {
    super(`The server's key changed: pinned ${pinned}, found ${found}`);
  }
}

/** Failures that go away by themselves (a network down, a server restarting): retried later. */
const transient = new Set(['deploy.hostNotFound', 'deploy.refused', 'deploy.timeout', 'deploy.connectionLost']);

export function isTransient(error: { key: string }): boolean {
  return transient.has(error.key.replace(/^error\./, ''));
}

/**
 * Turns what ssh2, basic-ftp and fs throw into one reason a publisher can act on. The
 * libraries report the same things in different shapes: a Node error code, an FTP reply
 * code, an SFTP status code, or only a message.
 */
export function deployError(error: unknown, where: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HostKeyChangedError) {
    return fail('hostKeyChanged', error.message, { pinned: error.pinned, found: error.found });
  }
  const e = error as { code?: string | number; message?: string; level?: string };
  const message = String(e?.message ?? error);
  const code = typeof e?.code === 'string' ? e.code : '';
  const reply = typeof e?.code === 'number' ? e.code : Number(/^(\d{3}) /.exec(message)?.[1] ?? 0);
  const has = (...words: string[]) => words.some((w) => message.includes(w) || code === w);
  const params = { where, detail: message.slice(0, 300) };

  if (has('ENOTFOUND', 'EAI_AGAIN', 'getaddrinfo')) return fail('hostNotFound', message, params);
  if (has('ECONNREFUSED')) return fail('refused', message, params);
  if (e?.level === 'client-authentication' || has('authentication methods failed') || reply === 530) return fail('authFailed', message, params);
  if (has('ETIMEDOUT', 'Timed out', 'Timeout')) return fail('timeout', message, params);
  // vsftpd answers a write that failed (a full disk, a quota) with 451 "Failure writing to local file".
  if (has('ENOSPC', 'EDQUOT') || reply === 452 || reply === 552 || (reply === 451 && /writ/i.test(message))) return fail('diskFull', message, params);
  if (has('EACCES', 'EPERM', 'EROFS', 'Permission denied', 'permission denied') || reply === 550 || reply === 553) {
    return fail('permissionDenied', message, params);
  }
  if (has('ECONNRESET', 'EPIPE', 'No SFTP connection', 'Not connected', 'Client is closed', 'closed', 'end of stream', 'No response from server', 'Connection lost', 'FIN packet')) {
    return fail('connectionLost', message, params);
  }
  return fail('unknown', message, params);
}

function fail(key: string, message: string, params: Record<string, string>): ApiError {
  return new ApiError('deploy-error', `error.deploy.${key}`, message, params);
}
