import crypto from 'node:crypto';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import SftpClient from 'ssh2-sftp-client';
import { defaultPort, type DeployTarget } from '../../../shared/deploy-target';
import { HostKeyChangedError } from '../deploy-errors';
import { inParallel } from '../in-parallel';
import { joinRemote, type Remote } from '../remote';

const parallel = 8;

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
  // Each call in flight listens on the ssh2 connection (not in the library's types) for its end.
  (client as unknown as { client: EventEmitter }).client.setMaxListeners(4 * parallel + 10);
  let changed: string | null = null;
  try {
    await client.connect({
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
    write: async (file, data) => void (await client.put(data, at(file))),
    rename: async (from, to) => void (await client.posixRename(at(from), at(to))),
    remove: async (file) => void (await client.delete(at(file), true)),
    mkdir: async (dir) => {
      if (!(await client.exists(at(dir)))) await client.mkdir(at(dir), true);
    },
    close: async () => void (await client.end().catch(() => undefined)),
  };
}
