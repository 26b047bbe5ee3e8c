// npm run bench:publish -- [--rtt 0,20,60] [--count 1000] [--ftp] [--json]
// At each round-trip time, through the shared kit's delay proxy (one per server and RTT): the
// first push of a generated site and the push of one new article to OpenSSH, beside
// `rsync -a --delete` over ssh through the same proxy; with --ftp, the same to vsftpd beside
// `lftp mirror -R --parallel=4`. With --json, one JSON object per line and measurement.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Publisher } from '../../main/publish/publisher';
import { Secrets } from '../../main/publish/secrets';
import { secretEnvName, type DeployTarget } from '../../shared/deploy-target';
import type { PushProgress } from '../../shared/queue';
import { startFtpd, startSshd, testUser } from '../servers/servers';
import { startWan } from '../servers/wan';
import { corpusLibrary } from './corpus';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    rtt: { type: 'string', default: '0' },
    ftp: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const rtts = values.rtt.split(',').map(Number);
const root = fs.mkdtempSync('/tmp/newsdesk-bench-publish-');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: string[][] = [['target', 'rtt', 'push', 'tool', 'files', 'time', 'ratio']];

interface Measure {
  target: 'sftp' | 'ftp';
  rtt: number;
  push: 'first' | 'one-article';
  tool: 'newsdesk' | 'rsync' | 'lftp';
  files: number;
  seconds: number;
}
const measures: Measure[] = [];
function measured(m: Measure) {
  measures.push(m);
  if (values.json) console.log(JSON.stringify(m));
  else console.error(`${m.target} rtt ${m.rtt} ${m.push} ${m.tool}: ${m.files} files, ${m.seconds.toFixed(2)} s`);
}

const library = await corpusLibrary(count, path.join(root, 'lib'));
const publisher = await Publisher.open(library, new Secrets(library.dir, () => ''));

// Everything but the newest article is already "published": a first push sends the whole site.
const all = [...library.summaries()].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
const column = all.at(-1)!.column;
await publisher.published.commit(await Promise.all(all.map(async (s) => ({ id: s.id, article: await library.get(s.id) }))), new Date().toISOString());
/** The site as our push to a target last rendered it: what the peer sends too. */
const staging = (target: string) => path.join(library.dir, 'staging', target);

let articles = 0;
/** A new article in the queue, as an editor's approval puts it there. */
async function queueNewArticle() {
  articles++;
  const day = String(1 + (articles % 28)).padStart(2, '0');
  const article = await library.create({
    title: `基准测试新增稿件${articles}`,
    column,
    publishedAt: `2030-01-${day}T09:${String(articles % 60).padStart(2, '0')}:00+08:00`,
    source: '基准测试',
    bodyHtml: '<p>新增稿件的正文。</p>',
    status: 'review',
  });
  await publisher.enqueue(article.id, 'publish', null);
}

/** One push of the queue to the active target; the time runs from connecting to the end, after rendering. */
async function push(): Promise<{ files: number; ms: number }> {
  await queueNewArticle();
  let connectAt = 0;
  const result = await publisher.runDue((p: PushProgress) => {
    if (p.phase === 'connect' && !connectAt) connectAt = performance.now();
  });
  if (result.failed.length) throw new Error(`push failed: ${result.failed[0]!.error?.message}`);
  return { files: publisher.log.list().records[0]!.uploaded.length, ms: performance.now() - connectAt };
}

async function target(t: DeployTarget) {
  await publisher.targets.save(t);
  await publisher.targets.setActive(t.id);
  process.env[secretEnvName(t.id)] = testUser.password;
}

function mkdirFor(serverRoot: string, name: string) {
  const dir = path.join(serverRoot, name);
  fs.mkdirSync(dir);
  execFileSync('chown', [testUser.name, dir]);
  return dir;
}

// --- SFTP beside rsync over the same sshd and proxy ------------------------------------------
const sshd = await startSshd();
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(root, 'rsync_key')]);
fs.appendFileSync(path.join(sshd.root, 'authorized_keys'), fs.readFileSync(path.join(root, 'rsync_key.pub')));
for (const rtt of rtts) {
  const wan = await startWan(sshd.port, rtt);
  const id = `sftp-${rtt}`;
  const rsyncDir = mkdirFor(sshd.root, `rsync-${rtt}`);
  // The same key as rsync's: a password costs the server a PAM check (0.6 s here) that a key does not.
  const keyFile = path.join(root, 'rsync_key');
  await target({ id, name: `bench sftp ${rtt}`, kind: 'sftp', path: mkdirFor(sshd.root, `site-${rtt}`), host: '127.0.0.1', port: wan.port, user: testUser.name, keyFile, fingerprint: '' });
  const rsync = () => {
    const ssh = `ssh -p ${wan.port} -i ${root}/rsync_key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`;
    const started = performance.now();
    const out = execFileSync('rsync', ['-a', '--delete', '--stats', '--exclude', '.newsdesk-*', '-e', ssh, `${staging(id)}/`, `${testUser.name}@127.0.0.1:${rsyncDir}/`], { encoding: 'utf8' });
    return { files: Number(/Number of regular files transferred: ([\d,]+)/.exec(out)![1]!.replace(/,/g, '')), ms: performance.now() - started };
  };
  for (const kind of ['first', 'one-article'] as const) {
    const ours = await push();
    const peer = rsync();
    measured({ target: 'sftp', rtt, push: kind, tool: 'newsdesk', files: ours.files, seconds: ours.ms / 1000 });
    measured({ target: 'sftp', rtt, push: kind, tool: 'rsync', files: peer.files, seconds: peer.ms / 1000 });
  }
  await wan.stop();
}
await sshd.kill();

// --- FTP beside lftp mirror --parallel=4 over the same vsftpd and proxy -----------------------
if (values.ftp) {
  const ftpd = await startFtpd();
  for (const rtt of rtts) {
    const wan = await startWan(ftpd.port, rtt, true);
    const id = `ftp-${rtt}`;
    const lftpDir = mkdirFor(ftpd.root, `lftp-${rtt}`);
    await target({ id, name: `bench ftp ${rtt}`, kind: 'ftp', path: mkdirFor(ftpd.root, `site-${rtt}`), host: '127.0.0.1', port: wan.port, user: testUser.name, keyFile: '', fingerprint: '' });
    // --ignore-time: the server stamps uploads with its own clock, so times would say nothing changed.
    const lftp = () => {
      const started = performance.now();
      const out = execFileSync(
        'lftp',
        [
          '-u',
          `${testUser.name},${testUser.password}`,
          '-p',
          String(wan.port),
          '-e',
          `set ftp:ssl-allow no; mirror -R --delete --ignore-time --parallel=4 --exclude-glob .newsdesk-* -v ${staging(id)} ${lftpDir}; quit`,
          '127.0.0.1',
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      return { files: (out.match(/^Transferring file/gm) ?? []).length, ms: performance.now() - started };
    };
    for (const kind of ['first', 'one-article'] as const) {
      const ours = await push();
      const peer = lftp();
      measured({ target: 'ftp', rtt, push: kind, tool: 'newsdesk', files: ours.files, seconds: ours.ms / 1000 });
      measured({ target: 'ftp', rtt, push: kind, tool: 'lftp', files: peer.files, seconds: peer.ms / 1000 });
    }
    await wan.stop();
  }
  await ftpd.kill();
}

await library.close();
if (!values.json) {
  for (const m of measures) {
    const peer = m.tool === 'newsdesk' ? measures.find((p) => p.target === m.target && p.rtt === m.rtt && p.push === m.push && p.tool !== 'newsdesk') : undefined;
    rows.push([m.target, `${m.rtt} ms`, m.push, m.tool, String(m.files), seconds(m.seconds * 1000), peer ? `${(m.seconds / peer.seconds).toFixed(2)}× ${peer.tool}` : '']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\nbench:publish, ${count} articles, through the delay proxy\n`);
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
}
fs.rmSync(root, { recursive: true, force: true });
