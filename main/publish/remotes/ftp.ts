import { PassThrough, Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { Client, FTPError } from 'basic-ftp';
import { defaultPort, type DeployTarget } from '../../../shared/deploy-target';
import { HostKeyChangedError } from '../deploy-errors';
import { joinRemote, type Remote } from '../remote';

/**
 * Connections kept open to the server. One FTP connection carries one command at a time, so
 * at 60 ms each file costs several round trips; lftp's `mirror --parallel` does the same.
 * Shared hosting often caps connections per address: a connection refused beyond the first
 * only makes the pool smaller.
 */
const poolSize = 8;

/** Reply codes of a refusal that says "not there" (or, for MKD, "already there"). */
const notThere = new Set([550, 553]);

/**
 * An FTP server, or FTPS with explicit TLS. Shared hosting often has a self-signed
 * certificate, so FTPS pins the certificate's fingerprint at the first connection, as SFTP
 * pins the host key, instead of trusting any certificate; every connection of the pool is checked.
 */
export async function openFtp(target: DeployTarget, secret: string | null, seen: (fingerprint: string) => void): Promise<Remote> {
  const login = async (report: boolean) => {
    const client = new Client(20_000);
    try {
      await client.access({
        host: target.host,
        port: target.port || defaultPort.ftp,
        user: target.user,
        password: secret ?? '',
        secure: target.kind === 'ftps',
        secureOptions: { rejectUnauthorized: false },
      });
      if (target.kind === 'ftps') {
        const fingerprint = `SHA256:${(client.ftp.socket as TLSSocket).getPeerCertificate().fingerprint256}`;
        if (report) seen(fingerprint);
        if (target.fingerprint && target.fingerprint !== fingerprint) throw new HostKeyChangedError(target.fingerprint, fingerprint);
      }
      return client;
    } catch (error) {
      client.close();
      throw error;
    }
  };
  const first = await login(true);
  const clients = [first, ...(await Promise.all(Array.from({ length: poolSize - 1 }, () => login(false).catch(() => null)))).filter((c): c is Client => c !== null)];
  const idle = [...clients];
  const waiting: ((client: Client) => void)[] = [];
  /** Runs `work` on the next free connection. */
  const use = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = idle.pop() ?? (await new Promise<Client>((resolve) => waiting.push(resolve)));
    try {
      return await work(client);
    } finally {
      const next = waiting.shift();
      if (next) next(client);
      else idle.push(client);
    }
  };
  const at = (file: string) => joinRemote(target.path, file);
  const code = (error: unknown) => (error instanceof FTPError ? error.code : 0);

  return {
    parallel: clients.length,
    ordered: false,
    async list() {
      const files = new Map<string, number>();
      for (let level = ['']; level.length; ) {
        const below: string[] = [];
        await Promise.all(
          level.map((dir) =>
            use(async (client) => {
              const entries = await client.list(at(dir)).catch((error) => {
                if (dir === '' && code(error) === 550) return []; // no site folder yet
                throw error;
              });
              for (const entry of entries) {
                const file = dir ? `${dir}/${entry.name}` : entry.name;
                if (entry.isDirectory) below.push(file);
                else if (entry.isFile) files.set(file, entry.size);
              }
            }),
          ),
        );
        level = below;
      }
      return files;
    },
    read: (file) =>
      use(async (client) => {
        const sink = new PassThrough();
        const chunks: Buffer[] = [];
        sink.on('data', (chunk: Buffer) => chunks.push(chunk));
        try {
          await client.downloadTo(sink, at(file));
        } catch (error) {
          if (code(error) === 550) return null;
          throw error;
        }
        return Buffer.concat(chunks);
      }),
    size: (file) =>
      use(async (client) => {
        try {
          return await client.size(at(file));
        } catch (error) {
          if (code(error) === 550) return null;
          throw error;
        }
      }),
    write: (file, data) => use(async (client) => void (await client.uploadFrom(Readable.from([data]), at(file)))),
    rename: (from, to) => use(async (client) => void (await client.rename(at(from), at(to)))),
    remove: (file) => use(async (client) => void (await client.remove(at(file), true))),
    async mkdirs(dirs) {
      // By depth, each depth over the whole pool: MKD of the full path, parents made the step before.
      const depth = (dir: string) => dir.split('/').length;
      for (let d = 1; dirs.some((dir) => depth(dir) >= d); d++) {
        await Promise.all(
          dirs
            .filter((dir) => depth(dir) === d)
            .map((dir) =>
              use(async (client) => {
                await client.send(`MKD ${at(dir)}`).catch((error) => {
                  // vsftpd says 550 for a folder that exists as for one it may not make; a
                  // refusal shows at the first file written into it.
                  if (!notThere.has(code(error))) throw error;
                });
              }),
            ),
        );
      }
    },
    isMissing: (error) => notThere.has(code(error)),
    close: async () => clients.forEach((client) => client.close()),
  };
}
