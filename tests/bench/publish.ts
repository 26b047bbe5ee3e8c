// npm run bench:publish [-- --count 10000 --ftp]
// A first push of a generated site and the push of one new article to a loopback SFTP server
// (OpenSSH, as the tests start it), beside rsync over the same SSH server as the peer; with
// --ftp, the same to vsftpd beside `lftp mirror -R`. Files, bytes and time for each.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Publisher } from '../../main/publish/publisher';
import { Secrets } from '../../main/publish/secrets';
import type { DeployTarget } from '../../shared/deploy-target';
import type { PushProgress } from '../../shared/queue';
import { startFtpd, startSshd, testUser, type TestServer } from '../servers/servers';
import { corpusLibrary } from './corpus';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, ftp: { type: 'boolean', default: false } } });
const count = Number(values.count);
const root = fs.mkdtempSync('/tmp/newsdesk-bench-publish-');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows: string[][] = [['target', 'push', 'tool', 'files', 'bytes', 'time', 'ratio']];

const library = await corpusLibrary(count, path.join(root, 'lib'));
const publisher = await Publisher.open(library, new Secrets(library.dir, () => ''));
process.env.NEWSDESK_SECRET_LIVE = testUser.password;

// Everything but the newest article is already "published": the first push sends the whole site.
const all = [...library.summaries()].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
const last = all.pop()!;
await publisher.published.commit(await Promise.all(all.map(async (s) => ({ id: s.id, article: await library.get(s.id) }))), new Date().toISOString());
/** The site as our push to a target last rendered it: what the peer sends too. */
const staging = (target = 'live') => path.join(library.dir, 'staging', target);

/** One push of the queue; the upload time runs from connecting to the end, after rendering. */
async function push(articleId: string): Promise<{ files: number; bytes: number; uploadMs: number; renderMs: number }> {
  await publisher.enqueue(articleId, 'publish', null);
  const started = performance.now();
  let connectAt = 0;
  const result = await publisher.runDue((p: PushProgress) => {
    if (p.phase === 'connect' && !connectAt) connectAt = performance.now();
  });
  if (result.failed.length) throw new Error(`push failed: ${result.failed[0]!.error?.message}`);
  const record = publisher.log.list().records[0]!;
  return { files: record.uploaded.length, bytes: record.bytes, uploadMs: performance.now() - connectAt, renderMs: connectAt - started };
}

async function newArticle(n: number) {
  const article = await library.create({
    title: `基准测试新增稿件${n}`,
    column: last.column,
    publishedAt: '2030-01-0' + n + 'T09:00:00+08:00',
    source: '基准测试',
    bodyHtml: '<p>新增稿件的正文。</p>',
    status: 'review',
  });
  return article.id;
}

function withRatio(peerMs: number, oursMs: number) {
  return `${(oursMs / peerMs).toFixed(2)}× the peer's time`;
}

// --- SFTP beside rsync over the same sshd ---------------------------------------------------
const sshd = await startSshd();
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(root, 'rsync_key')]);
fs.appendFileSync(path.join(sshd.root, 'authorized_keys'), fs.readFileSync(path.join(root, 'rsync_key.pub')));
const rsyncDir = path.join(sshd.root, 'rsync-site');
fs.mkdirSync(rsyncDir);
execFileSync('chown', [testUser.name, rsyncDir]);

const sftpTarget: DeployTarget = { id: 'live', name: 'bench sftp', kind: 'sftp', path: sshd.siteDir, host: '127.0.0.1', port: sshd.port, user: testUser.name, keyFile: '', fingerprint: '' };
function rsync(): { files: number; bytes: number; ms: number } {
  const ssh = `ssh -p ${sshd.port} -i ${root}/rsync_key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`;
  const started = performance.now();
  const out = execFileSync('rsync', ['-a', '--delete', '--stats', '--exclude', '.newsdesk-*', '-e', ssh, `${staging()}/`, `${testUser.name}@127.0.0.1:${rsyncDir}/`], { encoding: 'utf8' });
  const ms = performance.now() - started;
  const files = Number(/Number of regular files transferred: ([\d,]+)/.exec(out)![1]!.replace(/,/g, ''));
  const bytes = Number(/Total bytes sent: ([\d,]+)/.exec(out)![1]!.replace(/,/g, ''));
  return { files, bytes, ms };
}

const second = await newArticle(1);
await publisher.targets.save(sftpTarget);
const sftpFirst = await push(last.id);
const rsyncFirst = rsync();
const sftpNext = await push(second);
const rsyncNext = rsync();
rows.push(['sftp', 'first', 'newsdesk', String(sftpFirst.files), mb(sftpFirst.bytes), seconds(sftpFirst.uploadMs), withRatio(rsyncFirst.ms, sftpFirst.uploadMs)]);
rows.push(['sftp', 'first', 'rsync', String(rsyncFirst.files), mb(rsyncFirst.bytes), seconds(rsyncFirst.ms), '']);
rows.push(['sftp', 'one new article', 'newsdesk', String(sftpNext.files), mb(sftpNext.bytes), seconds(sftpNext.uploadMs), withRatio(rsyncNext.ms, sftpNext.uploadMs)]);
rows.push(['sftp', 'one new article', 'rsync', String(rsyncNext.files), mb(rsyncNext.bytes), seconds(rsyncNext.ms), '']);
console.error(`rendering before the pushes: first ${seconds(sftpFirst.renderMs)}, one new article ${seconds(sftpNext.renderMs)}`);
await sshd.kill();

// --- FTP beside lftp mirror -----------------------------------------------------------------
if (values.ftp) {
  const ftpd: TestServer = await startFtpd();
  const lftpDir = path.join(ftpd.root, 'lftp-site');
  fs.mkdirSync(lftpDir);
  execFileSync('chown', [testUser.name, lftpDir]);
  // --ignore-time: the server stamps uploads with its own clock, so times would say nothing changed.
  const lftp = () => {
    const started = performance.now();
    const out = execFileSync(
      'lftp',
      ['-u', `${testUser.name},${testUser.password}`, '-p', String(ftpd.port), '-e', `set ftp:ssl-allow no; mirror -R --delete --ignore-time --exclude-glob .newsdesk-* -v ${staging('ftp')} ${lftpDir}; quit`, '127.0.0.1'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    return { files: (out.match(/^Transferring file/gm) ?? []).length, ms: performance.now() - started };
  };
  // Our FTP target starts from an empty server: the whole site goes, as lftp's first mirror.
  await publisher.targets.save({ ...sftpTarget, id: 'ftp', name: 'bench ftp', kind: 'ftp', path: ftpd.siteDir, port: ftpd.port });
  await publisher.targets.setActive('ftp');
  process.env.NEWSDESK_SECRET_FTP = testUser.password;
  const third = await newArticle(2);
  const ftpFirst = await push(third);
  const lftpFirst = lftp();
  const fourth = await newArticle(3);
  const ftpNext = await push(fourth);
  const lftpNext = lftp();
  rows.push(['ftp', 'first', 'newsdesk', String(ftpFirst.files), mb(ftpFirst.bytes), seconds(ftpFirst.uploadMs), withRatio(lftpFirst.ms, ftpFirst.uploadMs)]);
  rows.push(['ftp', 'first', 'lftp mirror', String(lftpFirst.files), '', seconds(lftpFirst.ms), '']);
  rows.push(['ftp', 'one new article', 'newsdesk', String(ftpNext.files), mb(ftpNext.bytes), seconds(ftpNext.uploadMs), withRatio(lftpNext.ms, ftpNext.uploadMs)]);
  rows.push(['ftp', 'one new article', 'lftp mirror', String(lftpNext.files), '', seconds(lftpNext.ms), '']);
  await ftpd.kill();
}

await library.close();
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`\nbench:publish, ${count} articles, loopback servers\n`);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
fs.rmSync(root, { recursive: true, force: true });
