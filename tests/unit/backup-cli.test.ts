import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../main/library/library';
import { tempDir } from './helpers';

// The built command, as users and scheduled tasks run it.
const cli = path.resolve('dist/main/cli.js');
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NEWSDESK_LIBRARY: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error('Run `npm run build` first: these tests run dist/main/cli.js.');
});

describe('newsdesk backup and newsdesk restore', () => {
  it('have --help with the exit codes', () => {
    for (const command of ['backup', 'restore']) {
      const help = run(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`Usage: newsdesk ${command}`);
      expect(help.out).toContain('--to <dir>');
      expect(help.out).toContain('2  usage');
    }
    expect(run('--help').out).toMatch(/^ {2}backup /m);
  });

  it('a missing --to is a usage error, exit 2', () => {
    expect(run('backup', '--library', 'x').code).toBe(2);
    expect(run('restore', 'x').code).toBe(2);
  });

  it('backs up while the library is open in another process, restores it (exit 0), and refuses a damaged backup (exit 1, naming the file)', async () => {
    const dir = await tempDir();
    const library = await Library.open(dir); // held open, as the app would
    const to = await tempDir();
    const backedUp = run('backup', '--library', dir, '--to', to, '--zip');
    await library.close();
    expect(backedUp.code, backedUp.err).toBe(0);
    const zip = fs.readdirSync(to)[0]!;
    expect(backedUp.out).toContain(`backed up to ${path.join(to, zip)}`);

    const restored = run('restore', path.join(to, zip), '--to', path.join(to, 'restored'));
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/restored \d+ files \(1 articles\)/);
    expect(run('restore', path.join(to, zip), '--to', path.join(to, 'restored')).err).toContain('is not empty');

    const folder = run('backup', '--library', dir, '--to', to);
    expect(folder.code).toBe(0);
    const backup = path.join(to, fs.readdirSync(to).find((n) => !n.endsWith('.zip') && n.startsWith('newsdesk-backup-'))!);
    fs.appendFileSync(path.join(backup, 'library', 'site.json'), ' ');
    const damaged = run('restore', backup, '--to', path.join(to, 'again'));
    expect(damaged.code).toBe(1);
    expect(damaged.err).toContain('library/site.json: its checksum does not match');
    expect(fs.existsSync(path.join(to, 'again'))).toBe(false);
  });

  it('--prune keeps the folder as the daily backups are kept: the newest of each of the last 7 days, 4 weeks, 12 months', async () => {
    const dir = await tempDir();
    await (await Library.open(dir)).close();
    const to = await tempDir();
    const old = Array.from({ length: 10 }, (_, i) => `newsdesk-backup-2026-10-${String(i + 1).padStart(2, '0')}T020000Z`);
    for (const name of old) fs.mkdirSync(path.join(to, name));
    fs.writeFileSync(path.join(to, 'notes.txt'), 'not a backup');
    const result = run('backup', '--library', dir, '--to', to, '--prune');
    expect(result.code, result.err).toBe(0);
    expect(result.out.match(/removed by the retention: (\S+)/g)!.map((line) => line.split(': ')[1])).toEqual(old.slice(0, 3).reverse());
    const left = fs.readdirSync(to).sort();
    expect(left.filter((name) => !old.includes(name) && name !== 'notes.txt')).toHaveLength(1); // the new one
    expect(left.filter((name) => old.includes(name))).toEqual(old.slice(3));
    expect(left).toContain('notes.txt');
  });
});
