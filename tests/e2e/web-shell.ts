import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

/** A running `newsdesk web` process on its own library folder. */
export class WebShellProcess {
  url = '';
  private child?: ChildProcess;
  /** port: 0 for any; a fixed one keeps the page's origin, and so its storage, across restarts. */
  constructor(
    readonly library: string,
    readonly port = 0,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['dist/main/cli.js', 'web', '--library', this.library, '--no-open', '--port', String(this.port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /web shell: (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`web shell exited with ${code}: ${output}`)));
    });
  }

  /** A clean stop, as closing the app does. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Dies at once, as in a crash or a power cut. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  private async signal(signal: NodeJS.Signals) {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}

export const test = base.extend<{ shell: WebShellProcess }>({
  // Playwright reads the fixture's dependencies from this destructuring, so it must be there even when empty.
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    const library = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-'));
    const shell = new WebShellProcess(library);
    await shell.start();
    await use(shell);
    await shell.stop();
    await fs.rm(library, { recursive: true, force: true });
    await fs.rm(`${library}-backups`, { recursive: true, force: true }); // where a daily backup would have gone
  },
});
export { expect, type Page } from '@playwright/test';
