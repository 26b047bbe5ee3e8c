import crypto from 'node:crypto';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import type { SFTPWrapper } from 'ssh2';
import SftpClient from 'ssh2-sftp-client';
import { defaultPort, type DeployTarget } from '../../../shared/deploy-target';
import { HostKeyChangedError } from '../deploy-errors';
import { inParallel } from '../in-parallel';
import { joinRemote, type Remote } from '../remote';

/** Requests in flight on the one connection: enough to hide the round trips. */
const parallel = 32;

/** OpenSSH's way of writing a host key's fingerprint: SHA256:base64 without padding. */
export function sshFingerprint(key: Buffer): string {
  return `SHA256:${crypto.createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/**
 * An SFTP server. The host key is checked against the one pinned in the target; with none
 * pinned yet, the key met is reported through `seen` so the caller can pin it.
 */
export async function openSftp(target: DeployTarget, secret: string | null, seen: (fingerprint: string) => void): Promise<Remote> {
  // The library's default listeners print to the console; a lost connection already fails the call in progress.
  const quiet = () => undefined;
  const client = new SftpClient('newsdesk', { error: quiet, end: quiet, close: quiet });
  // The ssh2 connection under the library (not in its types): each library call in flight listens on it.
  const connection = (client as unknown as { client: EventEmitter }).client;
  connection.setMaxListeners(4 * parallel + 10);
  let changed: string | null = null;
  let raw: SFTPWrapper;
  try {
    raw = await client.connect({
      host: target.host,
      port: target.port || defaultPort.sftp,
      username: target.user,
      readyTimeout: 15_000,
      ...(target.keyFile
        ? { privateKey: await fs.readFile(target.keyFile), passphrase: secret ?? undefined }
        : { password: secret ?? '' }),
      hostVerifier: (key: Buffer) => {
        const fingerprint = sshFingerprint(key);
        seen(fingerprint);
        if (target.fingerprint && target.fingerprint !== fingerprint) changed = fingerprint;
        return changed === null;
      },
    });
  } catch (error) {
    if (changed) throw new HostKeyChangedError(target.fingerprint, changed);
    throw error;
  }
  const at = (file: string) => joinRemote(target.path, file);
  // ssh2 can leave a request in flight unanswered when the connection drops: every raw call
  // also ends when the connection does.
  const lost = new Promise<never>((_, reject) => {
    const fail = () => reject(Object.assign(new Error('The connection to the server was lost'), { code: 'ECONNRESET' }));
    connection.once('close', fail);
    connection.once('end', fail);
  });
  lost.catch(() => undefined);
  const call = (start: (done: (error?: Error | null) => void) => void) =>
    Promise.race([new Promise<void>((resolve, reject) => start((error) => (error ? reject(error) : resolve()))), lost]);
  return {
    parallel,
    async list() {
      const files = new Map<string, number>();
      if (!(await client.exists(target.path))) return files;
      // Level by level, a few folders at a time: a site has hundreds of month folders.
      for (let level = ['']; level.length; ) {
        const below: string[] = [];
        await inParallel(parallel, level, async (dir) => {
          for (const entry of await client.list(at(dir))) {
            const file = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.type === 'd') below.push(file);
            else if (entry.type === '-') files.set(file, entry.size);
          }
        });
        level = below;
      }
      return files;
    },
    async read(file) {
      if (!(await client.exists(at(file)))) return null;
      return (await client.get(at(file))) as Buffer;
    },
    // Small files go through ssh2's own calls: half the round trips of the library's streams.
    write: (file, data) => call((done) => raw.writeFile(at(file), data, done)),
    rename: (from, to) => call((done) => raw.ext_openssh_rename(at(from), at(to), done)),
    remove: async (file) => void (await client.delete(at(file), true)),
    mkdir: async (dir) => {
      if (!(await client.exists(at(dir)))) await client.mkdir(at(dir), true);
    },
    close: async () => void (await client.end().catch(() => undefined)),
  };
}
