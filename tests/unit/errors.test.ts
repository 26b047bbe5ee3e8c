import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { Jobs } from '../../main/jobs';
import type { Handlers } from '../../shared/api';
import { toErrorData } from '../../shared/errors';
import { skipBecause } from '../skip';

// /dev/full is a real device that refuses every write with ENOSPC: a full disk on demand.
// Linux has it; Windows and macOS do not.
const noFullDisk = skipBecause('a full disk from /dev/full', existsSync('/dev/full') ? null : 'no /dev/full on this system');

describe('one error conversion', () => {
  it.skipIf(noFullDisk)('a full disk during a job (an export) is an io-error that says to free space, not "internal"', async () => {
    const jobs = new Jobs();
    const started = jobs.start('export', async () => fs.writeFile('/dev/full', 'a page'));
    let status = jobs.get(started.id);
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 5));
      status = jobs.get(started.id);
    }
    expect(status).toMatchObject({ state: 'failed', error: { code: 'io-error', key: 'error.diskWrite', params: { detail: 'ENOSPC' } } });
  });

  it.skipIf(noFullDisk)('a call that meets a full disk gets the same io-error', async () => {
    const handlers = { 'site.get': async () => fs.writeFile('/dev/full', 'x') } as unknown as Handlers;
    const result = await dispatch(handlers, 'site.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error', params: { detail: 'ENOSPC' } } });
  });

  it('a folder that cannot be written is io-error; anything unknown is internal, with its message', async () => {
    expect(toErrorData(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toMatchObject({ code: 'io-error', params: { detail: 'EACCES' } });
    expect(toErrorData(new TypeError('x is undefined'))).toMatchObject({ code: 'internal', key: 'error.internal', params: { detail: 'x is undefined' } });
    expect(toErrorData('plain')).toMatchObject({ code: 'internal', message: 'plain' });
  });
});
