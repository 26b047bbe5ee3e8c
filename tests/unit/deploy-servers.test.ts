import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../main/publish/connect';
import { isTemp } from '../../main/publish/push';
import type { Session } from '../../main/session';
import type { DeployTarget } from '../../shared/deploy-target';
import { skipWithoutServers, startFtpd, startSshd, testUser, type SshServer, type TestServer } from '../servers/servers';
import { startWan, type Wan } from '../servers/wan';
import { tempDir } from './helpers';
import { publishingSession, readTree } from './publish-helpers';

// One file for every test with a server: killing a server must not cut another test's connection.
// Where the servers cannot run (Windows, macOS, not root), those tests are skipped with the reason.
const noServers = skipWithoutServers();
let sshd: SshServer;
let ftpd: TestServer;
beforeAll(async () => {
  if (noServers) return;
  [sshd, ftpd] = await Promise.all([startSshd(), startFtpd()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([sshd?.kill(), ftpd?.kill()]);
  await Promise.all([sshd, ftpd].map((s) => s && fs.rm(s.root, { recursive: true, force: true })));
});

/**
 * Every test reaches its server through the delay proxy when NEWSDESK_TEST_RTT is set (a
 * server 20 to 60 ms away, as the customer's is); the fault tests also run once at 60 ms.
 */
const testRtt = Number(process.env.NEWSDESK_TEST_RTT ?? 0);
const faultRtts = [...new Set([testRtt, 60])];
const wans: Wan[] = [];
afterEach(async () => {
  await Promise.all(wans.splice(0).map((w) => w.stop()));
});
/** The port to reach `server` on at this round-trip time: its own, or a delay proxy's in front of it. */
async function reach(server: TestServer, rtt = testRtt, ftp = server === ftpd): Promise<number> {
  if (!rtt) return server.port;
  const wan = await startWan(server.port, rtt, ftp);
  wans.push(wan);
  return wan.port;
}

/** Empties the server's site folder between tests, keeping the folder (owned by the test user). */
async function freshSite(server: TestServer) {
  execFileSync('chmod', ['755', server.siteDir]);
  for (const entry of await fs.readdir(server.siteDir)) await fs.rm(path.join(server.siteDir, entry), { recursive: true, force: true });
}

function target(server: TestServer, kind: DeployTarget['kind'], extra: Partial<DeployTarget> = {}): DeployTarget {
  return { id: 'live', name: `测试服务器 ${kind}`, kind, path: server.siteDir, host: '127.0.0.1', port: server.port, user: testUser.name, keyFile: '', fingerprint: '', ...extra };
}
/**
 * The target reached at `rtt`. Only plain FTP's passive replies are rewritten to delayed ports:
 * FTPS's are inside TLS, where the proxy cannot read them (rewriting its bytes broke the session),
 * so its control connection is delayed and its data connections go straight to the server.
 */
async function targetAt(server: TestServer, kind: DeployTarget['kind'], rtt = testRtt, extra: Partial<DeployTarget> = {}): Promise<DeployTarget> {
  return target(server, kind, { port: await reach(server, rtt, kind === 'ftp'), ...extra });
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

/** Pushes what is due and expects all `count` items published (showing the reason if not). */
async function expectPublished(publisher: Session['publisher'], count: number, onProgress?: Parameters<Session['publisher']['runDue']>[0]) {
  const result = await publisher.runDue(onProgress);
  expect(result.failed.map((item) => item.error?.message)).toEqual([]);
  expect(result.published).toHaveLength(count);
}

/**
 * The command as it ships (npm test builds first): compiling the sources with tsx at each start
 * took most of 30 s for three commands on a loaded machine.
 */
const builtCli = path.resolve('dist/main/cli.js');

/** What the site should be: the staging folder the push was made from. */
const expected = (session: Session) => readTree(path.join(session.library.dir, 'staging', 'live'));

describe.skipIf(noServers)('publishing to real servers on loopback', () => {
  it('SFTP with a password: pins the host key at first contact, pushes the site, then only what changed', async () => {
    await freshSite(sshd);
    const { session, publisher, approve, ready } = await setup(await targetAt(sshd, 'sftp'));
    const check = await publisher.test('live');
    const hostKey = execFileSync('ssh-keygen', ['-l', '-f', path.join(sshd.root, 'host_key.pub')], { encoding: 'utf8' }).split(' ')[1];
    expect(check).toMatchObject({ firstTime: true, fingerprint: hostKey });
    expect(publisher.targets.get('live').fingerprint).toBe(hostKey);

    await approve(25);
    await expectPublished(publisher, 25);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
    // Read back through the server, as a visitor's request would be served.
    const remote = await connect(publisher.targets.get('live'), testUser.password);
    const home = (await remote.read('index.html'))!.toString('utf8');
    await remote.close();
    expect(home).toContain('稿件24');
    // 测试连接 tells how much of the site Newsdesk put there, from the manifest, without listing the server.
    expect((await publisher.test('live')).files).toBe((await expected(session)).size);

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
    const { session, publisher, approve } = await setup(await targetAt(sshd, 'sftp', testRtt, { keyFile: sshd.keyFile }), sshd.keyPassphrase);
    await approve(3);
    await expectPublished(publisher, 3);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
  });

  it.each(['ftp', 'ftps'] as const)('%s: pushes the site and reads it back', async (kind) => {
    await freshSite(ftpd);
    const { session, publisher, approve } = await setup(await targetAt(ftpd, kind));
    await approve(12);
    await expectPublished(publisher, 12);
    expect(await readTree(ftpd.siteDir)).toEqual(await expected(session));
    if (kind === 'ftps') expect(publisher.targets.get('live').fingerprint).toMatch(/^SHA256:[0-9A-F:]{95}$/);
    const remote = await connect(publisher.targets.get('live'), testUser.password);
    expect((await remote.read('jiandu/index.html'))!.toString('utf8')).toContain('稿件11');
    expect(await remote.read('no-such-page.html')).toBeNull();
    await remote.close();
  });

  it.each(['sftp', 'ftp'] as const)('%s: 校验站点 finds pages deleted, changed or left behind on the server by hand, and puts them right', async (kind) => {
    const server = kind === 'sftp' ? sshd : ftpd;
    await freshSite(server);
    const { session, publisher, approve } = await setup(await targetAt(server, kind));
    await approve(6);
    await publisher.runDue();
    const want = await expected(session);
    const [gone, cut] = [...want.keys()].filter((f) => f.endsWith('.html') && f.split('/').length === 3);
    await fs.rm(path.join(server.siteDir, gone!));
    await fs.writeFile(path.join(server.siteDir, cut!), '<p>改坏了</p>');
    await fs.writeFile(path.join(server.siteDir, 'jiandu', '.old.html.newsdesk-tmp'), 'left by a push cut off');
    await fs.writeFile(path.join(server.siteDir, 'robots.txt'), 'User-agent: *');
    // A push trusts the manifest and does not see these; the full check does.
    const check = await publisher.checkSite(true);
    expect(check).toMatchObject({ missing: [gone], changed: [cut], extra: ['jiandu/.old.html.newsdesk-tmp'], repaired: true, error: null });
    expect(publisher.view().lastCheck).toMatchObject({ missing: [gone] });
    const after = await readTree(server.siteDir, (f) => f.startsWith('.newsdesk'));
    expect(after).toEqual(new Map([...want, ['robots.txt', 'User-agent: *']]));
    expect(await publisher.checkSite(false)).toMatchObject({ missing: [], changed: [], extra: [] });
  });

  it('a folder the server user cannot write to is reported as such, before and during a push', async () => {
    await freshSite(sshd);
    execFileSync('chmod', ['555', sshd.siteDir]);
    const { session, publisher, approve } = await setup(await targetAt(sshd, 'sftp'));
    await expect(publisher.test('live')).rejects.toMatchObject({ key: 'error.deploy.permissionDenied' });
    await approve(1);
    const [failed] = (await publisher.runDue()).failed;
    expect(failed).toMatchObject({ error: { key: 'error.deploy.permissionDenied' } });
    expect(await fs.readdir(sshd.siteDir)).toEqual([]);
    execFileSync('chmod', ['755', sshd.siteDir]);
    await publisher.retry(failed!.id);
    await expectPublished(publisher, 1);
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
    await expectPublished(publisher, 2);
    expect(await readTree(ftpd.siteDir)).toEqual(await expected(session));
  });

  it('the app killed in the middle of a push: started again, the queue resumes and the site ends complete', async () => {
    await freshSite(sshd);
    const { session, approve } = await setup(await targetAt(sshd, 'sftp'));
    await approve(150);
    const dir = session.library.dir;
    await session.close();
    const cli = (args: string[]) => spawn(process.execPath, [builtCli, ...args], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });

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
    // What a visitor could be served (not the dot-named files of an unfinished push).
    const onServer = await readTree(sshd.siteDir, (f) => f.startsWith('.'));
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

// Each fault test pushes twice and logs in again; at 60 ms an FTP login (eight connections,
// vsftpd's pause after a wrong password) and a push of 60 articles each take seconds.
describe.skipIf(noServers).each(faultRtts)('faults, with the server %i ms away', { timeout: 60_000 }, (rtt) => {
  it.each(['sftp', 'ftp'] as const)('%s: a wrong password fails with that reason and is not retried by itself', async (kind) => {
    const server = kind === 'sftp' ? sshd : ftpd;
    await freshSite(server);
    const { session, publisher, approve } = await setup(await targetAt(server, kind, rtt), 'wrong-password');
    await expect(publisher.test('live')).rejects.toMatchObject({ key: 'error.deploy.authFailed' });
    await approve(1);
    const [failed] = (await publisher.runDue()).failed;
    expect(failed).toMatchObject({ state: 'failed', error: { key: 'error.deploy.authFailed' }, retryAt: null });
    expect(await readTree(server.siteDir)).toEqual(new Map());
    // The password corrected, "publish now" completes the site.
    process.env.NEWSDESK_SECRET_LIVE = testUser.password;
    await publisher.retry(failed!.id);
    await expectPublished(publisher, 1);
    expect(await readTree(server.siteDir)).toEqual(await expected(session));
  });

  it.each(['sftp', 'ftp'] as const)('%s: the server killed in the middle of a push: no page is half-written or served half, and the next push completes the site', async (kind) => {
    const server = kind === 'sftp' ? sshd : ftpd;
    await freshSite(server);
    const { session, publisher, approve, clock } = await setup(await targetAt(server, kind, rtt));
    await approve(60);
    let killed: Promise<void> | null = null;
    try {
      const result = await publisher.runDue((p) => {
        if (p.phase === 'upload' && p.files >= 20 && !killed) killed = server.kill();
      });
      await killed;
      expect(result.failed[0]?.error, JSON.stringify(result.failed[0]?.error)).toMatchObject({ key: 'error.deploy.connectionLost' });
    } finally {
      await killed;
      await server.start();
    }
    // Every page in place is whole: the same as the page the push was sending. Unfinished files
    // are under dot-names, which a web server does not serve.
    const want = await expected(session);
    for (const [file, content] of await readTree(server.siteDir, () => false)) {
      if (isTemp(file)) expect(path.basename(file), file).toMatch(/^\./);
      else if (!path.basename(file).startsWith('.newsdesk')) expect(content, file).toBe(want.get(file));
    }
    clock.now = new Date(clock.now.getTime() + 31_000);
    await expectPublished(publisher, 60);
    expect(await readTree(server.siteDir)).toEqual(want);
    expect((await fs.readdir(server.siteDir, { recursive: true })).filter((f) => isTemp(String(f)))).toEqual([]);
  });

  it('the connection dropped in the middle of a push: the next push resumes where it stopped', async () => {
    await freshSite(sshd);
    // Always through a proxy, which is what is cut: the server itself stays up.
    const wan = await startWan(sshd.port, rtt);
    const { session, publisher, approve, clock } = await setup(target(sshd, 'sftp', { port: wan.port }));
    await approve(80);
    let cut: Promise<void> | null = null;
    const result = await publisher.runDue((p) => {
      if (p.phase === 'upload' && p.files >= 40 && !cut) cut = wan.stop();
    });
    await cut;
    expect(result.failed[0]?.error, JSON.stringify(result.failed[0]?.error)).toMatchObject({ key: 'error.deploy.connectionLost' });
    await publisher.targets.save({ ...publisher.targets.get('live'), port: await reach(sshd, rtt, false) });
    clock.now = new Date(clock.now.getTime() + 31_000);
    const seen: number[] = [];
    await expectPublished(publisher, 80, (p) => p.phase === 'upload' && seen.push(p.files));
    // The files sent before the cut are not sent again: the upload starts where it stopped.
    expect(seen[0]).toBeGreaterThanOrEqual(40);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
    expect((await fs.readdir(sshd.siteDir, { recursive: true })).filter((f) => isTemp(String(f)))).toEqual([]);
  });

  it.each(['sftp', 'ftp'] as const)('%s: a full disk on the server is reported as such; once there is room the push completes', async (kind) => {
    const server = kind === 'sftp' ? sshd : ftpd;
    await freshSite(server);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', server.siteDir]);
    try {
      execFileSync('chown', [testUser.name, server.siteDir]);
      const { session, publisher, approve } = await setup(await targetAt(server, kind, rtt));
      await approve(40);
      const { failed } = await publisher.runDue();
      expect(failed[0]?.error, JSON.stringify(failed[0]?.error)).toMatchObject({ key: 'error.deploy.diskFull' });
      expect(failed[0]!.retryAt).toBeNull();
      // Nothing half-done is served: every page in place is whole.
      const want = await expected(session);
      for (const [file, content] of await readTree(server.siteDir, (f) => f.startsWith('.'))) expect(content, file).toBe(want.get(file));
      execFileSync('mount', ['-o', 'remount,size=64m', server.siteDir]);
      for (const item of failed) await publisher.retry(item.id);
      await expectPublished(publisher, 40);
      expect(await readTree(server.siteDir)).toEqual(want);
    } finally {
      execFileSync('umount', ['-l', server.siteDir]);
    }
  });

  it('a push cancelled in the middle leaves the site whole; publishing again resumes it', async () => {
    await freshSite(sshd);
    const { session, publisher, approve } = await setup(await targetAt(sshd, 'sftp', rtt));
    await approve(60);
    const result = await publisher.runDue((p) => {
      if (p.phase === 'upload' && p.files >= 30) publisher.stopPush();
    });
    const { failed } = result;
    expect(failed[0]).toMatchObject({ error: { key: 'error.deploy.cancelled' }, retryAt: null });
    const want = await expected(session);
    for (const [file, content] of await readTree(sshd.siteDir, (f) => f.startsWith('.'))) expect(content, file).toBe(want.get(file));
    for (const item of failed) await publisher.retry(item.id);
    const seen: number[] = [];
    await expectPublished(publisher, 60, (p) => p.phase === 'upload' && seen.push(p.files));
    expect(seen[0]).toBeGreaterThanOrEqual(30);
    expect(await readTree(sshd.siteDir)).toEqual(want);
  });

  it('a changed host key stops publishing with a warning and uploads nothing', async () => {
    await freshSite(sshd);
    const { session, publisher, approve } = await setup(await targetAt(sshd, 'sftp', rtt));
    await publisher.test('live');
    await sshd.changeHostKey();
    await approve(1);
    const [failed] = (await publisher.runDue()).failed;
    expect(failed).toMatchObject({ error: { key: 'error.deploy.hostKeyChanged' }, retryAt: null });
    expect(await fs.readdir(sshd.siteDir)).toEqual([]);
    // Once the administrator confirms the new key, the old one is cleared and publishing goes on.
    await publisher.targets.pin('live', '');
    await publisher.retry(failed!.id);
    await expectPublished(publisher, 1);
    expect(await readTree(sshd.siteDir)).toEqual(await expected(session));
  });
});

describe('deploy errors that need no server', () => {
  it('the command line lists the queue, and `publish` exits non-zero with the reason', async () => {
    const { session, approve } = await setup({ ...target({ siteDir: '/srv/site', port: 1 } as TestServer, 'ftp') });
    await approve(1, '命令行稿件');
    const dir = session.library.dir;
    await session.close();
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [builtCli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
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
