import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import type { JobStatus } from '../../shared/api';
import { onWindows, skipBecause } from '../skip';
import { openSession, tempDir } from './helpers';

/** Every file of a folder with its bytes, but the export's own record. */
async function contents(dir: string): Promise<Record<string, string>> {
  const files = (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name !== '.newsdesk-export.json');
  return Object.fromEntries(await Promise.all(files.map(async (e) => [path.relative(dir, path.join(e.parentPath, e.name)), await fs.readFile(path.join(e.parentPath, e.name), 'utf8')] as const)));
}

async function untilSettled(handlers: ReturnType<typeof createHandlers>, id: string): Promise<JobStatus> {
  for (;;) {
    const status = (await dispatch(handlers, 'jobs.get', { id })) as { ok: true; value: JobStatus };
    if (status.value.state !== 'running') return status.value;
    await sleep(20);
  }
}

const articles = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `文章${i}`, column: i % 2 ? 'yaowen' : 'kuaidi', publishedAt: `2024-05-01T08:${String(i % 60).padStart(2, '0')}:00+08:00`, bodyHtml: `<p>正文${i}</p>` }));

const noCtrlC = skipBecause('Ctrl+C sent to the export command', onWindows ? 'Windows has no SIGINT one process can send another' : null);

describe('export folders (defect 8)', () => {
  it('refuses a pseudo folder, a relative folder, a file and a folder inside the library at once, with the reason', async () => {
    const session = await openSession(await tempDir());
    const handlers = createHandlers(session);
    const file = path.join(await tempDir(), 'a-file');
    await fs.writeFile(file, 'x');
    const cases: [string, string][] = [
      ['/proc/nope', 'error.exportPseudo'],
      ['/proc/nope/deeper/site', 'error.exportPseudo'],
      ['/sys/kernel/nope', 'error.exportPseudo'],
      ['site-out', 'error.exportRelative'],
      ['./site', 'error.exportRelative'],
      [file, 'error.exportNotFolder'],
      [path.join(file, 'site'), 'error.exportNotFolder'],
      [path.join(session.library.dir, 'site'), 'error.exportIntoLibrary'],
    ];
    for (const [out, key] of cases) {
      expect(await dispatch(handlers, 'site.export', { out }), out).toMatchObject({ ok: false, error: { key } });
    }
    await expect(fs.access(path.resolve('site-out'))).rejects.toThrow();
  });

  it('cancels a running export; the next export completes the same site as a fresh one', async () => {
    const session = await openSession(await tempDir());
    await session.library.importMany(articles(300));
    const handlers = createHandlers(session);
    const out = path.join(await tempDir(), 'site');
    const started = (await dispatch(handlers, 'site.export', { out })) as { ok: true; value: JobStatus };
    // once some pages are written
    for (let status = started.value; status.done < 64 && status.state === 'running'; await sleep(5)) {
      status = ((await dispatch(handlers, 'jobs.get', { id: started.value.id })) as { ok: true; value: JobStatus }).value;
    }
    expect(await dispatch(handlers, 'jobs.cancel', { id: started.value.id })).toMatchObject({ ok: true });
    const stopped = await untilSettled(handlers, started.value.id);
    expect(stopped).toMatchObject({ state: 'cancelled', error: { key: 'error.exportCancelled' } });
    expect(stopped.done).toBeLessThan(stopped.total);

    const again = (await dispatch(handlers, 'site.export', { out })) as { ok: true; value: JobStatus };
    expect(await untilSettled(handlers, again.value.id)).toMatchObject({ state: 'done' });
    const fresh = path.join(await tempDir(), 'fresh');
    const clean = (await dispatch(handlers, 'site.export', { out: fresh })) as { ok: true; value: JobStatus };
    await untilSettled(handlers, clean.value.id);
    expect(await contents(out)).toEqual(await contents(fresh));
  });

  it.skipIf(noCtrlC)('the command line stops on Ctrl+C between pages, and a second run completes the site', async () => {
    const dir = await tempDir();
    const session = await openSession(dir);
    await session.library.importMany(articles(300));
    await session.close();
    const work = await tempDir();
    const run = (signal: boolean) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        // The built command, as it ships (npm test builds first); a relative --out is taken from its own working folder.
        const child = spawn(process.execPath, [path.resolve('dist/main/cli.js'), 'export', '--library', dir, '--out', 'site'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        let sent = false;
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          if (signal && !sent && /exporting: [1-9]\d*\//.test(stderr)) sent = child.kill('SIGINT');
        });
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const stopped = await run(true);
    expect(stopped.stderr).toContain('stopping the export');
    expect(stopped.code).toBe(1);
    const [, done, total] = [...stopped.stderr.matchAll(/exporting: (\d+)\/(\d+)/g)].at(-1)!;
    expect(Number(done)).toBeLessThan(Number(total)); // stopped before the end
    const finished = await run(false);
    expect(finished.code, finished.stderr).toBe(0);
    const fresh = path.join(await tempDir(), 'fresh');
    const reopened = await openSession(dir);
    const handlers = createHandlers(reopened);
    const clean = (await dispatch(handlers, 'site.export', { out: fresh })) as { ok: true; value: JobStatus };
    await untilSettled(handlers, clean.value.id);
    expect(await contents(path.join(work, 'site'))).toEqual(await contents(fresh));
  }, 60_000);
});
