import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../main/publish/connect';
import type { Session } from '../../main/session';
import type { DeployTarget } from '../../shared/deploy-target';
import { startFtpd, startSshd, testUser, type SshServer, type TestServer } from '../servers/servers';
import { tempDir } from './helpers';
import { publishingSession, readTree } from './publish-helpers';

// One file for every test with a server: killing a server must not cut another test's connection.
let sshd: SshServer;
let ftpd: TestServer;
beforeAll(async () => {
  [sshd, ftpd] = await Promise.all([startSshd(), startFtpd()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([sshd?.kill(), ftpd?.kill()]);
  await Promise.all([sshd, ftpd].map((s) => s && fs.rm(s.root, { recursive: true, force: true })));
});

/** Empties the server's site folder between tests, keeping the folder (owned by the test user). */
async function freshSite(server: TestServer) {
  execFileSync('chmod', ['755', server.siteDir]);
  for (const entry of await fs.readdir(server.siteDir)) await fs.rm(path.join(server.siteDir, entry), { recursive: true, force: true });
}

function target(server: TestServer, kind: DeployTarget['kind'], extra: Partial<DeployTarget> = {}): DeployTarget {
  return { id: 'live', name: `测试服务器 ${kind}`, kind, path: server.siteDir, host: '127.0.0.1', port: server.port, user: testUser.name, keyFile: '', fingerprint: '', ...extra };
}

async function setup(t: DeployTarget, secret: string | null = testUser.password) {
  const env = await publishingSession();
  await env.publisher.targets.save(t);
  if (secret !== null) process.env.NEWSDESK_SECRET_LIVE = secret;
  else delete process.env.NEWSDESK_SECRET_LIVE;
  const approve = async (count: number, prefix = '稿件') => {
    for (let i = 0; i < count; i++) {
      // A minute apart, so the newest is known: the home page and lists show it first.
      const publishedAt = new Date(Date.parse('2026-11-20T09:00:00+08:00') + i * 60_000).toISOString().replace('.000Z', '+00:00');
      await env.publisher.enqueue((await env.ready(`${prefix}${i}`, { publishedAt })).id, 'publish', null);
    }
  };
  return { ...env, approve };
}

/** What the site should be: the staging folder the push was made from. */
const expected = (session: Session) => readTree(path.join(session.library.dir, 'staging', 'live'));

describe('publishing to real servers on loopback', () => {
  it('SFTP with a password: pins the host key at first contact, pushes the site, then only what changed', async () => {
    await freshSite(sshd);
    const { session, publisher, approve, ready } = await setup(target(sshd, 'sftp'));
    const check = await publisher.test('live');
    const hostKey = execFileSync('ssh-keygen', ['-l', '-f', path.join(sshd.root, 'host_key.pub')], { encoding: 'utf8' }).split(' ')[1];
    expect(check).toMatchObject({ firstTime: true, fingerprint: hostKey });
    expect(publisher.targets.get('live').fingerprint).toBe(hostKey);

    await approve(25);
    expect((await publisher.runDue()).published).toHaveLength(25);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
    // Read back through the server, as a visitor's request would be served.
    const remote = await connect(publisher.targets.get('live'), testUser.password);
    const home = (await remote.read('index.html'))!.toString('utf8');
    await remote.close();
    expect(home).toContain('稿件24');

    const one = await ready('新增的一篇', { publishedAt: '2026-11-27T09:00:00+08:00' });
    await publisher.enqueue(one.id, 'publish', null);
    await publisher.runDue();
    const record = publisher.log.list().records[0]!;
    expect(record).toMatchObject({ ok: true, targetKind: 'sftp' });
    expect(record.uploaded.length).toBeLessThanOrEqual(8);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
  });

  it('SFTP with a private key and its passphrase', async () => {
    await freshSite(sshd);
    const { session, publisher, approve } = await setup(target(sshd, 'sftp', { keyFile: sshd.keyFile }), sshd.keyPassphrase);
    await approve(3);
    expect((await publisher.runDue()).published).toHaveLength(3);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
  });

  it.each(['ftp', 'ftps'] as const)('%s: pushes the site and reads it back', async (kind) => {
    await freshSite(ftpd);
    const { session, publisher, approve } = await setup(target(ftpd, kind));
    await approve(12);
    expect((await publisher.runDue()).published).toHaveLength(12);
    expect(await readTree(ftpd.siteDir)).toEqual(await expected(session));
    if (kind === 'ftps') expect(publisher.targets.get('live').fingerprint).toMatch(/^SHA256:[0-9A-F:]{95}$/);
    const remote = await connect(publisher.targets.get('live'), testUser.password);
    expect((await remote.read('jiandu/index.html'))!.toString('utf8')).toContain('稿件11');
    expect(await remote.read('no-such-page.html')).toBeNull();
    await remote.close();
  });

  it.each(['sftp', 'ftp'] as const)('%s: a wrong password fails with that reason and is not retried by itself', async (kind) => {
    const server = kind === 'sftp' ? sshd : ftpd;
    await freshSite(server);
    const { session, publisher, approve } = await setup(target(server, kind), 'wrong-password');
    await expect(publisher.test('live')).rejects.toMatchObject({ key: 'error.deploy.authFailed' });
    await approve(1);
    const [failed] = (await publisher.runDue()).failed;
    expect(failed).toMatchObject({ state: 'failed', error: { key: 'error.deploy.authFailed' }, retryAt: null });
    expect(await readTree(server.siteDir)).toEqual(new Map());
    // The password corrected, "publish now" completes the site.
    process.env.NEWSDESK_SECRET_LIVE = testUser.password;
    await publisher.retry(failed!.id);
    expect((await publisher.runDue()).published).toHaveLength(1);
    expect(await readTree(server.siteDir)).toEqual(await expected(session));
  });

  it('a folder the server user cannot write to is reported as such, before and during a push', async () => {
    await freshSite(sshd);
    execFileSync('chmod', ['555', sshd.siteDir]);
    const { session, publisher, approve } = await setup(target(sshd, 'sftp'));
    await expect(publisher.test('live')).rejects.toMatchObject({ key: 'error.deploy.permissionDenied' });
    await approve(1);
    const [failed] = (await publisher.runDue()).failed;
    expect(failed).toMatchObject({ error: { key: 'error.deploy.permissionDenied' } });
    expect(await fs.readdir(sshd.siteDir)).toEqual([]);
    execFileSync('chmod', ['755', sshd.siteDir]);
    await publisher.retry(failed!.id);
    expect((await publisher.runDue()).published).toHaveLength(1);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
  });

  it('a refused connection waits and retries; once the server is back the push completes', async () => {
    await freshSite(ftpd);
    const { session, publisher, approve, clock } = await setup(target(ftpd, 'ftp'));
    await ftpd.kill();
    try {
      await approve(2);
      const [failed] = (await publisher.runDue()).failed;
      expect(failed).toMatchObject({ error: { key: 'error.deploy.refused' } });
      expect(failed!.retryAt).not.toBeNull();
    } finally {
      await ftpd.start();
    }
    clock.now = new Date(clock.now.getTime() + 31_000);
    expect((await publisher.runDue()).published).toHaveLength(2);
    expect(await readTree(ftpd.siteDir)).toEqual(await expected(session));
  });

  it('the server killed in the middle of a push: no page is half-written, and the next push completes the site', async () => {
    await freshSite(sshd);
    const { session, publisher, approve, clock } = await setup(target(sshd, 'sftp'));
    await approve(60);
    let killed: Promise<void> | null = null;
    const result = await publisher.runDue((p) => {
      if (p.phase === 'upload' && p.files >= 20 && !killed) killed = sshd.kill();
    });
    await killed;
    expect(result.failed[0]).toMatchObject({ error: { key: 'error.deploy.connectionLost' } });
    // Every page in place is whole: the same as the page the push was sending.
    const want = await expected(session);
    const onServer = await readTree(sshd.siteDir);
    expect(onServer.size).toBeGreaterThan(0);
    expect(onServer.size).toBeLessThan(want.size);
    for (const [file, content] of onServer) {
      if (!file.endsWith('.newsdesk-tmp')) expect(content, file).toBe(want.get(file));
    }
    await sshd.start();
    clock.now = new Date(clock.now.getTime() + 31_000);
    expect((await publisher.runDue()).published).toHaveLength(60);
    expect(await readTree(sshd.siteDir)).toEqual(want);
    expect((await fs.readdir(sshd.siteDir, { recursive: true })).filter((f) => String(f).endsWith('.newsdesk-tmp'))).toEqual([]);
  });

  it('a changed host key stops publishing with a warning and uploads nothing', async () => {
    await freshSite(sshd);
    const { session, publisher, approve } = await setup(target(sshd, 'sftp'));
    await publisher.test('live');
    await sshd.changeHostKey();
    await approve(1);
    const [failed] = (await publisher.runDue()).failed;
    expect(failed).toMatchObject({ error: { key: 'error.deploy.hostKeyChanged' }, retryAt: null });
    expect(await fs.readdir(sshd.siteDir)).toEqual([]);
    // Once the administrator confirms the new key, the old one is cleared and publishing goes on.
    await publisher.targets.pin('live', '');
    await publisher.retry(failed!.id);
    expect((await publisher.runDue()).published).toHaveLength(1);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
  });

  it('the app killed in the middle of a push: started again, the queue resumes and the site ends complete', async () => {
    await freshSite(sshd);
    const { session, approve } = await setup(target(sshd, 'sftp'));
    await approve(150);
    const dir = session.library.dir;
    await session.close();
    const cli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });

    const first = cli(['publish', '--library', dir]);
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      first.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/uploading: [1-9]\d*\//.test(seen)) {
          first.kill('SIGKILL');
          resolve();
        }
      });
      first.on('exit', () => reject(new Error(`publish ended before it could be killed: ${seen}`)));
    });
    const onServer = await readTree(sshd.siteDir);
    const second = cli(['publish', '--library', dir]);
    let out = '';
    second.stdout.on('data', (c: Buffer) => (out += c.toString()));
    second.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code, out).toBe(0);
    expect(out).toContain('published: 稿件149');
    const again = await publishingSession(dir);
    expect(onServer.size).toBeLessThan((await expected(again.session)).size);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(again.session));
    expect(again.publisher.view().items.every((i) => i.state === 'published')).toBe(true);
  }, 60_000);
});

describe('deploy errors that need no server', () => {
  it('the command line lists the queue, and `publish` exits non-zero with the reason', async () => {
    const { session, approve } = await setup({ ...target({ siteDir: '/srv/site', port: 1 } as TestServer, 'ftp') });
    await approve(1, '命令行稿件');
    const dir = session.library.dir;
    await session.close();
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    expect(run(['queue', '--library', dir]).out).toMatch(/\twaiting\tpublish\t命令行稿件0/);
    const published = run(['publish', '--library', dir]);
    expect(published.code).toBe(1);
    expect(published.out).toMatch(/failed: 命令行稿件0 \(publish\): .*ECONNREFUSED.*; retrying at /);
    expect(run(['queue', '--library', dir]).out).toMatch(/\tfailed retry at .*\tpublish\t命令行稿件0 — /);
  }, 30_000);

  it('says when the host cannot be found', async () => {
    const { publisher } = await setup({ ...target({ siteDir: '/srv/site', port: 22 } as TestServer, 'sftp'), host: 'no-such-host.invalid' });
    await expect(publisher.test('live')).rejects.toMatchObject({ key: 'error.deploy.hostNotFound' });
  });

  it('says when no password is set for the target', async () => {
    const { publisher } = await setup(target({ siteDir: (await tempDir()), port: 22 } as TestServer, 'ftp'), null);
    await expect(publisher.test('live')).rejects.toMatchObject({ key: 'error.deploy.noSecret' });
  });
});
