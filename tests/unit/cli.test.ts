import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProgram } from '../../main/cli/program';
import { tempDir } from './helpers';

// The built command, as users and scheduled tasks run it.
const cli = path.resolve('dist/main/cli.js');
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NEWSDESK_LIBRARY: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
// Every command the program has, so a command added later is held to the same rules.
const commands = createProgram().commands.map((command) => command.name());

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error('Run `npm run build` first: these tests run dist/main/cli.js.');
});

/** The packages a built file loads before it runs: its static imports, and theirs among its own chunks. */
function loadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  for (const [, from] of fs.readFileSync(file, 'utf8').matchAll(/^import\b[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm)) {
    if (!from) continue;
    if (!from.startsWith('.')) packages.add(from);
    else if (!seen.has(from)) {
      seen.add(from);
      for (const name of loadedAtStart(path.join(path.dirname(file), from), seen)) packages.add(name);
    }
  }
  return packages;
}

describe('newsdesk CLI', () => {
  it('loads only the command line itself to start: a command’s work (the library, the site builder, ssh2…) when it runs', () => {
    const packages = [...loadedAtStart(cli)];
    expect(packages.filter((name) => !name.startsWith('node:') && name !== 'commander')).toEqual([]);
    // The work is there, in chunks beside it that a command loads.
    expect(fs.readFileSync(cli, 'utf8')).toMatch(/import\("\.\/cli-session-\w+\.js"\)/);
  });

  it('--help, --version and every COMMAND --help exit 0; each help lists the exit codes', () => {
    const help = run('--help');
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(help.out).toContain('2  usage');
    const version = run('--version');
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
    for (const command of commands) {
      const own = run(command, '--help');
      expect(own.code, command).toBe(0);
      expect(own.out).toContain(`Usage: newsdesk ${command}`);
      // restore makes a new library: it is the one command without --library.
      if (command !== 'restore') expect(own.out, command).toContain('--library <dir>');
      expect(own.out, command).toContain('1  failed');
    }
  });

  it('a command takes only its own options: another command’s option is a usage error, exit 2', () => {
    const result = run('export', '--out', 'x', '--port', '3');
    expect(result.code).toBe(2);
    expect(result.err).toContain("unknown option '--port'");
    expect(run('publish', '--out', 'x').code).toBe(2);
    expect(run('queue', 'extra').code).toBe(2);
  });

  it('a mistyped option or command gets the nearest one suggested, exit 2', () => {
    const option = run('publish', '--libary', 'x');
    expect(option.code).toBe(2);
    expect(option.err).toContain('Did you mean --library?');
    const command = run('exprot');
    expect(command.code).toBe(2);
    expect(command.err).toContain('Did you mean export?');
    expect(run('web', '--port', 'eighty').code).toBe(2);
    expect(run().code).toBe(2);
  });

  it('exports a library to a folder (exit 0), and a file that cannot be imported gives exit 1 with its reason', async () => {
    const library = await tempDir();
    const out = await tempDir();
    const exported = run('export', '--library', library, '--out', out);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/pages written/);
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    const queue = run('queue', '--library', library);
    expect(queue.code).toBe(0);
    const missing = path.join(out, 'no-such-page.html');
    const failed = run('import', missing, '--library', library);
    expect(failed.code).toBe(1);
    expect(failed.out + failed.err).toContain('no-such-page.html');
  }, 30_000);
});
