import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { Client, type SFTPWrapper } from 'ssh2';
import { defaultPort, type DeployTarget } from '../../../shared/deploy-target';
import { HostKeyChangedError } from '../deploy-errors';
import { joinRemote, type Remote } from '../remote';

/**
 * SFTP channels on the one connection, and requests in flight on each. One channel's window
 * (2 MB with OpenSSH) caps what can be on the way in one round trip; more channels also
 * let the server write with more than one process. OpenSSH opens 512 handles at most per channel.
 */
const channels = 4;
const perChannel = 48;

/** SFTP status codes (draft-ietf-secsh-filexfer-02). */
const noSuchFile = 2;
const failure = 4;

/** OpenSSH's way of writing a host key's fingerprint: SHA256:base64 without padding. */
export function sshFingerprint(key: Buffer): string {
  return `SHA256:${crypto.createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/**
 * An SFTP server, over ssh2's own requests: every call is one request on a channel, sent at
 * once, so many are in flight together. Renames, removals and folders go on the first
 * channel, where the server carries them out in the order they were sent; writes spread over
 * all channels. The host key is checked against the one pinned in the target; with none
 * pinned yet, the key met is reported through `seen` so the caller can pin it.
 */
export async function openSftp(target: DeployTarget, secret: string | null, seen: (fingerprint: string) => void): Promise<Remote> {
  const client = new Client();
  let changed: string | null = null;
  const auth = target.keyFile ? { privateKey: await fs.readFile(target.keyFile), passphrase: secret ?? undefined } : { password: secret ?? '' };
  await new Promise<void>((resolve, reject) => {
    client.once('ready', () => resolve());
    client.once('error', (error) => reject(changed ? new HostKeyChangedError(target.fingerprint, changed) : error));
    client.connect({
      host: target.host,
      port: target.port || defaultPort.sftp,
      username: target.user,
      readyTimeout: 15_000,
      keepaliveInterval: 15_000,
      ...auth,
      // Straight to the one method there is: asking the server for its list first costs a round trip.
      authHandler: [target.keyFile ? 'publickey' : 'password'],
      hostVerifier: (key: Buffer) => {
        const fingerprint = sshFingerprint(key);
        seen(fingerprint);
        if (target.fingerprint && target.fingerprint !== fingerprint) changed = fingerprint;
        return changed === null;
      },
    });
  });
  // A lost connection fails every request in flight: ssh2 can leave one unanswered otherwise.
  const lost = new Promise<never>((_, reject) => {
    const fail = (error?: Error) => reject(Object.assign(new Error(`The connection to the server was lost${error ? `: ${error.message}` : ''}`), { code: 'ECONNRESET' }));
    client.on('error', fail);
    client.once('close', () => fail());
  });
  lost.catch(() => undefined);

  const open = () =>
    Promise.race([new Promise<SFTPWrapper>((resolve, reject) => client.sftp((error, sftp) => (error ? reject(error) : resolve(sftp)))), lost]);
  let main: SFTPWrapper;
  try {
    main = await open();
  } catch (error) {
    client.end();
    throw error;
  }
  // The other channels open while the first one works; they are a help, not a need: a server
  // that allows fewer still gets the push.
  const sftps = [main];
  const busy = [0];
  for (let i = 1; i < channels; i++) {
    open().then(
      (sftp) => {
        sftps.push(sftp);
        busy.push(0);
      },
      () => undefined,
    );
  }
  /** The channel with the fewest requests in flight. */
  const pick = () => busy.indexOf(Math.min(...busy));

  const at = (file: string) => joinRemote(target.path, file);
  /** One request; a refusal names the file it was about, as a publisher needs to see it. */
  const call = <T = void>(start: (done: (error: Error | null | undefined, value?: T) => void) => void, about = '') =>
    Promise.race([
      new Promise<T>((resolve, reject) =>
        start((error, value) => (error ? reject(about ? Object.assign(error, { message: `${error.message}: ${about}` }) : error) : resolve(value as T))),
      ),
      lost,
    ]);
  const code = (error: unknown) => (error as { code?: unknown })?.code;

  /** OpenSSH answers a full disk with a bare "Failure": the free space says which it was. */
  const explain = async (error: unknown, size: number): Promise<unknown> => {
    if (code(error) !== failure) return error;
    const space = await call<{ f_bavail: number; f_frsize: number }>((done) => main.ext_openssh_statvfs(target.path, done)).catch(() => null);
    if (space && space.f_bavail * space.f_frsize < Math.max(size, 64 * 1024)) return Object.assign(new Error(`No space left on the server: ${String(error)}`), { code: 'ENOSPC' });
    return error;
  };

  const write = async (sftp: SFTPWrapper, path: string, data: Buffer) => {
    const handle = await call<Buffer>((done) => sftp.open(path, 'w', done), path);
    try {
      // Every chunk of a large file in flight at once, not one round trip each.
      const chunk = 255 * 1024;
      const writes: Promise<void>[] = [];
      for (let offset = 0; offset < data.length; offset += chunk) {
        const length = Math.min(chunk, data.length - offset);
        writes.push(call((done) => sftp.write(handle, data, offset, length, offset, done)));
      }
      await Promise.all(writes);
    } finally {
      await call((done) => sftp.close(handle, done)).catch(() => undefined);
    }
  };

  return {
    parallel: channels * perChannel,
    ordered: true,
    async list() {
      const files = new Map<string, number>();
      // Level by level, every folder of a level at once: a site has hundreds of month folders.
      for (let level = ['']; level.length; ) {
        const below: string[] = [];
        await Promise.all(
          level.map(async (dir, i) => {
            const sftp = sftps[i % sftps.length]!;
            const entries = await call<{ filename: string; attrs: { mode: number; size: number } }[]>((done) => sftp.readdir(at(dir), done)).catch((error) => {
              if (dir === '' && code(error) === noSuchFile) return []; // no site folder yet
              throw error;
            });
            for (const entry of entries) {
              const file = dir ? `${dir}/${entry.filename}` : entry.filename;
              const type = entry.attrs.mode & 0o170000;
              if (type === 0o040000) below.push(file);
              else if (type === 0o100000) files.set(file, entry.attrs.size);
            }
          }),
        );
        level = below;
      }
      return files;
    },
    async read(file) {
      // Open, then the size and the first chunk together, then closed without waiting: two round trips, not five.
      let handle: Buffer;
      try {
        handle = await call<Buffer>((done) => main.open(at(file), 'r', done), at(file));
      } catch (error) {
        if (code(error) === noSuchFile) return null;
        throw error;
      }
      const chunk = 255 * 1024;
      const readAt = (offset: number, length: number) =>
        call<number>((done) => {
          const into = Buffer.alloc(length);
          main.read(handle, into, 0, length, offset, (error, got) => done(error, got));
          chunks.set(offset, into);
        }).catch((error) => {
          if (code(error) === 1) return 0; // end of file
          throw error;
        });
      const chunks = new Map<number, Buffer>();
      try {
        const [stats, first] = await Promise.all([call<{ size: number }>((done) => main.fstat(handle, done)), readAt(0, chunk)]);
        const lengths = [first];
        const rest: Promise<number>[] = [];
        for (let offset = chunk; offset < stats.size; offset += chunk) rest.push(readAt(offset, Math.min(chunk, stats.size - offset)));
        lengths.push(...(await Promise.all(rest)));
        const data = Buffer.concat([...chunks.entries()].sort(([a], [b]) => a - b).map(([, into], i) => into.subarray(0, lengths[i])));
        // A server that answered with less than asked: read the plain way.
        return data.length === stats.size ? data : await call<Buffer>((done) => main.readFile(at(file), done));
      } finally {
        call((done) => main.close(handle, done)).catch(() => undefined);
      }
    },
    async size(file) {
      try {
        return (await call<{ size: number }>((done) => main.lstat(at(file), done))).size;
      } catch (error) {
        if (code(error) === noSuchFile) return null;
        throw error;
      }
    },
    async write(file, data) {
      const i = pick();
      busy[i]!++;
      try {
        await write(sftps[i]!, at(file), data);
      } catch (error) {
        throw await explain(error, data.length);
      } finally {
        busy[i]!--;
      }
    },
    rename: (from, to) => call((done) => main.ext_openssh_rename(at(from), at(to), done), at(from)),
    remove: (file) =>
      call((done) => main.unlink(at(file), done), at(file)).catch((error) => {
        if (code(error) !== noSuchFile) throw error;
      }),
    async mkdirs(dirs) {
      // All sent at once on one channel: the server makes them in order, a parent before its child.
      await Promise.all(
        dirs.map((dir) =>
          call((done) => main.mkdir(at(dir), done), at(dir)).catch((error) => {
            // OpenSSH says "Failure" for a folder that exists; anything else is a real refusal.
            if (code(error) !== failure) throw error;
          }),
        ),
      );
    },
    isMissing: (error) => code(error) === noSuchFile,
    close: async () => void client.end(),
  };
}
