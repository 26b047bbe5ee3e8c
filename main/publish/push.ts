import { inParallel } from './in-parallel';
import type { Remote } from './remote';

/** What the server holds, as the last complete push left it. Written last. */
export const manifestFile = '.newsdesk-manifest.json';
/** Written before a push changes anything, removed after the manifest: what may be mid-change. */
export const pendingFile = '.newsdesk-pending.json';
const tempSuffix = '.newsdesk-tmp';

export interface FileInfo {
  sha: string;
  size: number;
}
/** file -> content hash and size; the order is the order to upload in. */
export type SiteFiles = Map<string, FileInfo>;

interface Manifest {
  version: 1;
  files: Record<string, FileInfo>;
}

export interface PushProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface PushResult {
  uploaded: string[];
  deleted: string[];
  bytes: number;
}

/**
 * Makes the server hold exactly `files`, transferring only what differs from the server's
 * manifest, checked against the server's own listing (a page deleted or changed by hand is
 * sent again). Each file is written under a temporary name and renamed into place, pages
 * before the pages that link to them; removed files go after, the manifest last. A push cut
 * off anywhere leaves each page old or new, and the pending list makes the next push redo
 * whatever it was in the middle of.
 */
export async function pushSite(
  remote: Remote,
  files: SiteFiles,
  readLocal: (file: string) => Promise<Buffer>,
  progress: (p: PushProgress) => void = () => undefined,
): Promise<PushResult> {
  // One after the other: an FTP connection carries one command at a time.
  const manifest = await readJson<Manifest>(remote, manifestFile);
  const pending = await readJson<string[]>(remote, pendingFile);
  const listing = await remote.list();
  const known = manifest?.version === 1 ? manifest.files : {};
  const unsure = new Set(Array.isArray(pending) ? pending : []);

  const upload = [...files].filter(([file, info]) => {
    const was = known[file];
    return !was || was.sha !== info.sha || unsure.has(file) || listing.get(file) !== was.size;
  });
  const remove = Object.keys(known).filter((file) => !files.has(file) && listing.has(file));
  const leftovers = [...listing.keys()].filter((file) => file.endsWith(tempSuffix));
  const totalBytes = upload.reduce((sum, [, info]) => sum + info.size, 0);
  const state = { files: 0, totalFiles: upload.length, bytes: 0, totalBytes };
  progress({ ...state });

  if (upload.length || remove.length || unsure.size) {
    await writeSafely(remote, pendingFile, Buffer.from(JSON.stringify([...upload.map(([f]) => f), ...remove])));
    const present = new Set([...listing.keys()].map(parentOf));
    const dirs = new Set(upload.map(([file]) => parentOf(file)).filter((dir) => dir && !present.has(dir)));
    for (const dir of [...dirs].sort()) await remote.mkdir(dir);
    await inParallel(remote.parallel, upload, async ([file, info]) => {
      await writeSafely(remote, file, await readLocal(file));
      state.files++;
      state.bytes += info.size;
      progress({ ...state });
    });
    for (const file of remove) await remote.remove(file);
    await writeSafely(remote, manifestFile, Buffer.from(JSON.stringify({ version: 1, files: Object.fromEntries(files) } satisfies Manifest)));
    await remote.remove(pendingFile);
  }
  for (const file of leftovers) await remote.remove(file);
  return { uploaded: upload.map(([file]) => file), deleted: remove, bytes: totalBytes };
}

async function writeSafely(remote: Remote, file: string, data: Buffer): Promise<void> {
  const temp = `${file}${tempSuffix}`;
  await remote.write(temp, data);
  await remote.rename(temp, file);
}

async function readJson<T>(remote: Remote, file: string): Promise<T | null> {
  const data = await remote.read(file);
  if (!data) return null;
  try {
    return JSON.parse(data.toString('utf8')) as T;
  } catch {
    return null; // a damaged manifest: every file is compared as unknown, and sent again
  }
}

const parentOf = (file: string) => file.split('/').slice(0, -1).join('/');
