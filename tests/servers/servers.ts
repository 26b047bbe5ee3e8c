import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { skipBecause } from '../skip';

/**
 * Real servers for publishing tests: Debian's OpenSSH and vsftpd, each a plain process on a
 * free loopback port with its own configuration in a temporary folder. They log in as a
 * system user that `.ci/run` creates (root could write anywhere, which would hide
 * permission faults).
 */
export const testUser = { name: 'ndpub', password: 'nd-test-pass-2026' };

export interface TestServer {
  port: number;
  /** The site folder on the server, owned by the test user; the same path on this machine. */
  siteDir: string;
  root: string;
  /** Kills the server and every session it has open, as a crash or a pulled cable would. */
  kill(): Promise<void>;
  start(): Promise<void>;
}

export function checkTestUser(): void {
  try {
    execFileSync('id', [testUser.name], { stdio: 'ignore' });
  } catch {
    throw new Error(`The publishing tests need the system user ${testUser.name}: run .ci/run, or as root: useradd -m ${testUser.name} && echo '${testUser.name}:${testUser.password}' | chpasswd`);
  }
}

/**
 * Why the real servers cannot run on this machine, or null when they can. They are Debian's
 * sshd and vsftpd started as root, which gives the site folder to the test user, mounts a small
 * disk for the full-disk test and kills sessions by their process tree (Linux's ps and mount).
 */
export function serversMissing(platform = process.platform, uid = process.getuid?.(), exists = existsSync): string | null {
  if (platform !== 'linux') return `the test servers (OpenSSH's sshd and vsftpd run as root, with a test user and a mounted disk) are set up for Linux only, not ${platform}`;
  if (uid !== 0) return 'the test servers must be started as root (they give the site folder to the test user and mount a small disk): run as root, as .ci/run does';
  for (const [file, pkg] of [['/usr/sbin/sshd', 'openssh-server'], ['/usr/sbin/vsftpd', 'vsftpd']] as const) {
    if (!exists(file)) return `${file} is not installed (apt-get install ${pkg}, as .ci/run does)`;
  }
  try {
    checkTestUser();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/**
 * True when the server tests are to be skipped here, with the reason printed. Where
 * NEWSDESK_SERVER_TESTS=required (.ci/run and CI's Linux job), a missing server throws instead,
 * so a broken set-up fails the run rather than quietly skipping the publishing tests.
 */
export function skipWithoutServers(missing = serversMissing(), env = process.env): boolean {
  if (missing && env.NEWSDESK_SERVER_TESTS === 'required') {
    throw new Error(`NEWSDESK_SERVER_TESTS=required, but the publishing tests' servers cannot run here: ${missing}`);
  }
  return skipBecause('publishing to real SSH and FTP servers', missing);
}

/** A loopback port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => Promise<string>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${await log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server did not listen on ${port}: ${await log()}`);
}

function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of rows) {
      if (ppid !== parent) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

async function serverRoot(prefix: string) {
  checkTestUser();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.chmod(root, 0o755); // the test user must reach the site folder inside
  const siteDir = path.join(root, 'site');
  await fs.mkdir(siteDir);
  execFileSync('chown', [testUser.name, siteDir]);
  return { root, siteDir };
}

function managed(command: string, args: string[], port: number, root: string, siteDir: string): TestServer {
  let child: ChildProcess | null = null;
  const logFile = path.join(root, 'server.log');
  return {
    port,
    root,
    siteDir,
    async start() {
      const out = await fs.open(logFile, 'a');
      child = spawn(command, args, { stdio: ['ignore', out.fd, out.fd] });
      await out.close();
      await waitForPort(port, child, () => fs.readFile(logFile, 'utf8'));
    },
    async kill() {
      if (!child) return;
      // The listener and the session processes it forked: killing them all cuts every connection.
      for (const pid of [child.pid!, ...descendants(child.pid!)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (child.exitCode === null) await new Promise((resolve) => child!.once('exit', resolve));
      child = null;
    },
  };
}

export interface SshServer extends TestServer {
  /** The client key (its passphrase is keyPassphrase) whose public half the server accepts. */
  keyFile: string;
  keyPassphrase: string;
  /** Replaces the server's host key, as a reinstalled or impostor server would. */
  changeHostKey(): Promise<void>;
}

export async function startSshd(): Promise<SshServer> {
  const { root, siteDir } = await serverRoot('nd-sshd-');
  const port = await freePort();
  const keygen = (file: string, passphrase: string) => execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-f', file]);
  keygen(path.join(root, 'host_key'), '');
  keygen(path.join(root, 'user_key'), 'key-pass');
  await fs.copyFile(path.join(root, 'user_key.pub'), path.join(root, 'authorized_keys'));
  await fs.chmod(path.join(root, 'authorized_keys'), 0o644);
  await fs.mkdir('/run/sshd', { recursive: true });
  const config = path.join(root, 'sshd_config');
  await fs.writeFile(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${root}/host_key`,
      `PidFile ${root}/sshd.pid`,
      `AuthorizedKeysFile ${root}/authorized_keys`,
      'StrictModes no',
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication no',
      'UsePAM yes',
      'PermitRootLogin no',
      `AllowUsers ${testUser.name}`,
      'Subsystem sftp internal-sftp',
      'MaxStartups 50',
      'LogLevel ERROR',
    ].join('\n'),
  );
  const server = managed('/usr/sbin/sshd', ['-D', '-e', '-f', config], port, root, siteDir);
  await server.start();
  return {
    ...server,
    keyFile: path.join(root, 'user_key'),
    keyPassphrase: 'key-pass',
    async changeHostKey() {
      await server.kill();
      await fs.rm(path.join(root, 'host_key'));
      await fs.rm(path.join(root, 'host_key.pub'));
      keygen(path.join(root, 'host_key'), '');
      await server.start();
    },
  };
}

export async function startFtpd(): Promise<TestServer> {
  const { root, siteDir } = await serverRoot('nd-ftpd-');
  const port = await freePort();
  const pasv = await freePort();
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${root}/key.pem`, '-out', `${root}/cert.pem`, '-days', '2', '-subj', '/CN=localhost'], {
    stdio: 'ignore',
  });
  await fs.mkdir('/var/run/vsftpd/empty', { recursive: true });
  const config = path.join(root, 'vsftpd.conf');
  await fs.writeFile(
    config,
    [
      'listen=YES',
      'listen_address=127.0.0.1',
      `listen_port=${port}`,
      'background=NO',
      'anonymous_enable=NO',
      'local_enable=YES',
      'write_enable=YES',
      'local_umask=022',
      'pam_service_name=vsftpd',
      'pasv_enable=YES',
      // A narrow passive range near a port known to be free; vsftpd picks within it.
      `pasv_min_port=${pasv}`,
      `pasv_max_port=${Math.min(65535, pasv + 50)}`,
      'pasv_address=127.0.0.1',
      'seccomp_sandbox=NO',
      'secure_chroot_dir=/var/run/vsftpd/empty',
      'userlist_enable=NO',
      'check_shell=NO',
      'ssl_enable=YES',
      'allow_anon_ssl=NO',
      'force_local_logins_ssl=NO',
      'force_local_data_ssl=NO',
      `rsa_cert_file=${root}/cert.pem`,
      `rsa_private_key_file=${root}/key.pem`,
      'require_ssl_reuse=NO',
      'xferlog_enable=NO',
      'max_per_ip=50',
    ].join('\n'),
  );
  const server = managed('/usr/sbin/vsftpd', [config], port, root, siteDir);
  await server.start();
  return server;
}
