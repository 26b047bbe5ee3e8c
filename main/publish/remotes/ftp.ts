import { PassThrough, Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { Client } from 'basic-ftp';
import { defaultPort, type DeployTarget } from '../../../shared/deploy-target';
import { HostKeyChangedError } from '../deploy-errors';
import { joinRemote, type Remote } from '../remote';

/**
 * An FTP server, or FTPS with explicit TLS. Shared hosting often has a self-signed
 * certificate, so FTPS pins the certificate's fingerprint at the first connection, as SFTP
 * pins the host key, instead of trusting any certificate.
 */
export async function openFtp(target: DeployTarget, secret: string | null, seen: (fingerprint: string) => void): Promise<Remote> {
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
      seen(fingerprint);
      if (target.fingerprint && target.fingerprint !== fingerprint) throw new HostKeyChangedError(target.fingerprint, fingerprint);
    }
  } catch (error) {
    client.close();
    throw error;
  }
  const at = (file: string) => joinRemote(target.path, file);
  return {
    // One FTP connection carries one transfer at a time.
    parallel: 1,
    async list() {
      const files = new Map<string, number>();
      const walk = async (dir: string): Promise<void> => {
        for (const entry of await client.list(at(dir))) {
          const file = dir ? `${dir}/${entry.name}` : entry.name;
          if (entry.isDirectory) await walk(file);
          else if (entry.isFile) files.set(file, entry.size);
        }
      };
      try {
        await walk('');
      } catch (error) {
        if ((error as { code?: number }).code !== 550) throw error; // no site folder yet
      }
      return files;
    },
    async read(file) {
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on('data', (chunk: Buffer) => chunks.push(chunk));
      try {
        await client.downloadTo(sink, at(file));
      } catch (error) {
        if ((error as { code?: number }).code === 550) return null;
        throw error;
      }
      return Buffer.concat(chunks);
    },
    write: async (file, data) => void (await client.uploadFrom(Readable.from([data]), at(file))),
    rename: async (from, to) => void (await client.rename(at(from), at(to))),
    remove: async (file) => void (await client.remove(at(file), true)),
    mkdir: async (dir) => {
      await client.ensureDir(at(dir));
      await client.cd('/');
    },
    close: async () => client.close(),
  };
}
