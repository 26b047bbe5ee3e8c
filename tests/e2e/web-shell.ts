import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { WebShellProcess } from '../web-shell-process';

export { WebShellProcess };

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
