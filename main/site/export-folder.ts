import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';

/**
 * Kernel file systems that look like folders but hold no files: Linux's statfs magic numbers of
 * proc, sysfs, devpts, cgroup (1 and 2), debugfs, tracefs, securityfs, pstore, bpf, configfs, efivarfs.
 */
const pseudo = new Set([0x9fa0, 0x62656572, 0x1cd1, 0x27e0eb, 0x63677270, 0x64626720, 0x74726163, 0x73636673, 0x6165676c, 0xcafe4a11, 0x62656570, 0xde5e81e4]);

/**
 * Makes sure an export can be written into `out` before any work starts: an absolute path,
 * not inside a kernel pseudo-folder (/proc, /sys), a folder (made here, one level at a time:
 * Node's recursive mkdir spins for ever under /proc), and writable (a probe file is written
 * and removed). Anything else is refused with a message naming the folder and what to do.
 */
export async function prepareExportFolder(out: string): Promise<void> {
  if (!path.isAbsolute(out)) refuse('exportRelative', out, 'the folder must be a full path');
  const folder = path.resolve(out);
  const missing: string[] = [];
  let existing = folder;
  for (;;) {
    const stat = await fs.stat(existing).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : refuse('exportUnwritable', folder, error.code ?? error.message)));
    if (stat) {
      if (!stat.isDirectory()) refuse('exportNotFolder', folder, `${existing} is not a folder`);
      break;
    }
    const parent = path.dirname(existing);
    if (parent === existing) refuse('exportUnwritable', folder, 'no part of the path exists');
    missing.unshift(existing);
    existing = parent;
  }
  const kind = await fs.statfs(existing).then((s) => s.type, () => 0);
  if (pseudo.has(kind)) refuse('exportPseudo', folder, `${existing} is a system folder of the kernel, not a place for files`);
  for (const dir of missing) {
    await fs.mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') refuse('exportUnwritable', folder, error.code ?? error.message);
    });
  }
  const probe = path.join(folder, `.newsdesk-probe-${process.pid}`);
  await fs
    .writeFile(probe, '')
    .then(() => fs.rm(probe, { force: true }))
    .catch((error: NodeJS.ErrnoException) => refuse('exportUnwritable', folder, error.code ?? error.message));
}

function refuse(key: string, folder: string, why: string): never {
  throw new ApiError('invalid-input', `error.${key}`, `Cannot export into ${folder}: ${why}.`, { path: folder, detail: why });
}
