import { checkCancelled, inParallel } from './in-parallel';
import { foldersOf, type Remote } from './remote';

/** What the server holds, as the last complete push left it. Written last. */
export const manifestFile = '.newsdesk-manifest.json';
/** Written before a push changes anything, removed after the manifest: what may be mid-change. */
export const pendingFile = '.newsdesk-pending.json';
const tempSuffix = '.newsdesk-tmp';

/** Where a file is written before it is renamed into place: beside it, under a dot-name a web server does not serve. */
export function tempOf(file: string): string {
  const cut = file.lastIndexOf('/') + 1;
  return `${file.slice(0, cut)}.${file.slice(cut)}${tempSuffix}`;
}
export const isTemp = (file: string): boolean => file.endsWith(tempSuffix);

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

/** What a push has done so far. */
export interface UploadProgress {
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
 * What a push cut off had already done, kept on this machine: temporary files complete on
 * the server and files renamed into place, each with its hash. The next push resumes from it.
 */
export interface PushJournal {
  temps: Record<string, string>;
  placed: Record<string, string>;
}
export interface JournalStore {
  read(): Promise<PushJournal | null>;
  write(journal: PushJournal): Promise<void>;
  clear(): Promise<void>;
}

export interface PushOptions {
  readLocal: (file: string) => Promise<Buffer>;
  progress?: (p: UploadProgress) => void;
  signal?: AbortSignal;
  journal?: JournalStore;
  /** Files this push is about (the pages of its articles): checked on the server, sent again when missing or not the size the manifest says. */
  touched?: string[];
  /** Files the full check found missing or changed on the server: sent whatever the manifest says. */
  resend?: Iterable<string>;
  /** Files the full check found on the server that the site no longer has, and leftover temporary files. */
  removeAlso?: Iterable<string>;
}

/**
 * Pages come before the lists that link to them in a site's order; a column's first list
 * page is where the lists begin. Renames go in two waves split there, the second started
 * only once the first is complete, so no list links to a page not yet in place.
 */
const linksToPages = (file: string) => /(^|\/)index(_\d+)?\.html$/.test(file);

/**
 * Makes the server hold exactly `files`, trusting the server's manifest (the full check,
 * check.ts, finds what was changed on the server by hand) and transferring only what differs
 * from it. Round trips are what a distant server costs, so requests go in flight together:
 * the folders a push needs are created at once without asking which exist; every file is
 * written under a temporary dot-name, many at a time; then renamed into place, pages before
 * the pages that link to them; removed files go after, the manifest last. A push cut off
 * anywhere leaves each page old or new; the pending list makes the next push redo whatever
 * it was in the middle of, and the journal lets it skip what was already done.
 */
export async function pushSite(remote: Remote, files: SiteFiles, options: PushOptions): Promise<PushResult> {
  const { signal } = options;
  const [manifest, pending, journal] = await Promise.all([
    readJson<Manifest>(remote, manifestFile),
    readJson<string[]>(remote, pendingFile),
    options.journal?.read() ?? null,
  ]);
  checkCancelled(signal);
  const hasManifest = manifest?.version === 1 && typeof manifest.files === 'object';
  const known: Record<string, FileInfo | { sha: string; size?: number }> = { ...(hasManifest ? manifest.files : {}) };
  for (const [file, sha] of Object.entries(journal?.placed ?? {})) known[file] = { sha };
  const unsure = new Set(Array.isArray(pending) ? pending.filter((f) => typeof f === 'string') : []);
  const resend = new Set(options.resend ?? []);

  // What the push touches is checked on the server: a page of its articles removed or cut by hand goes again.
  const touched = (options.touched ?? []).filter((file) => files.has(file) && known[file]?.sha === files.get(file)!.sha && !resend.has(file));
  const sizes = await Promise.all(touched.map((file) => remote.size(file)));
  touched.forEach((file, i) => sizes[i] !== (known[file]?.size ?? files.get(file)!.size) && resend.add(file));

  const upload = [...files].filter(([file, info]) => resend.has(file) || known[file]?.sha !== info.sha || (unsure.has(file) && journal?.placed[file] !== info.sha));
  const remove = [...new Set([...Object.keys(known), ...unsure, ...(options.removeAlso ?? [])])].filter((file) => !files.has(file) && !isTemp(file));
  const reused = new Set(upload.filter(([file, info]) => journal?.temps[file] === info.sha).map(([file]) => file));
  // Temporary files a push cut off may have left: those of what it was changing, and of the pending list
  // (the manifest's is written over, while these are removed).
  const leftovers = [...new Set([...unsure, ...Object.keys(journal?.temps ?? {}), pendingFile])].filter((file) => !reused.has(file)).map(tempOf);
  const strays = [...(options.removeAlso ?? [])].filter(isTemp);
  if (!pending && !journal) leftovers.length = 0;

  const totalBytes = upload.reduce((sum, [, info]) => sum + info.size, 0);
  const reusedBytes = [...reused].reduce((sum, file) => sum + files.get(file)!.size, 0);
  // What a push cut off had sent counts as done: the progress starts where it stopped.
  const state: UploadProgress = { files: reused.size, totalFiles: upload.length, bytes: reusedBytes, totalBytes };
  const tick = (file: string) => {
    state.files++;
    state.bytes += files.get(file)!.size;
    options.progress?.({ ...state });
  };
  options.progress?.({ ...state });
  if (!upload.length && !remove.length && !unsure.size && !leftovers.length && !strays.length) return { uploaded: [], deleted: [], bytes: 0 };

  const log: PushJournal = { temps: { ...(journal?.temps ?? {}) }, placed: { ...(journal?.placed ?? {}) } };
  let saved = Date.now();
  let saving: Promise<void> = Promise.resolve();
  /** The journal on disk, at most once a second unless forced; one write at a time. A journal that cannot be written only loses the resume. */
  const save = (force = false) => {
    if (!options.journal || (!force && Date.now() - saved < 1000)) return saving;
    saved = Date.now();
    const copy: PushJournal = { temps: { ...log.temps }, placed: { ...log.placed } };
    saving = saving.then(() => options.journal!.write(copy)).catch(() => undefined);
    return saving;
  };
  let finished = false;
  try {
    // The pending list is in place before anything is renamed or removed; meanwhile the folders are made and temporary files written.
    const pendingWritten = writeSafely(remote, pendingFile, Buffer.from(JSON.stringify([...upload.map(([f]) => f), ...remove])));
    pendingWritten.catch(() => undefined);
    // Folders in the manifest exist already; without one, every folder of the upload is made.
    const existing = new Set(hasManifest ? foldersOf(Object.keys(manifest.files)) : []);
    await remote.mkdirs(foldersOf(upload.map(([file]) => file)).filter((dir) => !existing.has(dir)));

    const put = async (file: string, data?: Buffer) => {
      const content = data ?? (await options.readLocal(file));
      try {
        await remote.write(tempOf(file), content);
      } catch (error) {
        // A folder removed on the server by hand since the manifest was written: made again, once.
        if (!remote.isMissing(error)) throw error;
        await remote.mkdirs(foldersOf([file]));
        await remote.write(tempOf(file), content);
      }
      log.temps[file] = files.get(file)!.sha;
    };
    await inParallel(
      remote.parallel,
      upload.filter(([file]) => !reused.has(file)),
      async ([file]) => {
        await put(file);
        tick(file);
        void save();
      },
      signal,
    );
    await save(true);
    // The manifest goes under its temporary name now; renamed into place once everything else is.
    const manifestData = Buffer.from(JSON.stringify({ version: 1, files: Object.fromEntries(files) } satisfies Manifest));
    const manifestTemp = remote.write(tempOf(manifestFile), manifestData);
    manifestTemp.catch(() => undefined);
    await pendingWritten;

    const place = async (file: string) => {
      try {
        await remote.rename(tempOf(file), file);
      } catch (error) {
        // The journal named a temporary file that is gone: written again.
        if (!reused.has(file) || !remote.isMissing(error)) throw error;
        await put(file);
        await remote.rename(tempOf(file), file);
      }
      log.placed[file] = log.temps[file]!;
      delete log.temps[file];
    };
    const split = upload.findIndex(([file]) => linksToPages(file));
    const pages = split < 0 ? upload : upload.slice(0, split);
    const lists = split < 0 ? [] : upload.slice(split);
    await inParallel(remote.parallel, pages, async ([file]) => place(file), signal);
    await save(true);
    // In the site's order: one after the other unless the remote keeps the order of what is in flight.
    await inParallel(remote.ordered ? remote.parallel : 1, lists, async ([file]) => place(file), signal);
    await save(true);
    checkCancelled(signal);

    await inParallel(remote.parallel, [...remove, ...leftovers, ...strays], (file) => remote.remove(file), signal);
    await manifestTemp;
    await remote.rename(tempOf(manifestFile), manifestFile);
    await remote.remove(pendingFile);
    finished = true;
    await saving;
    await options.journal?.clear();
  } finally {
    if (!finished) await save(true);
  }
  return { uploaded: upload.map(([file]) => file), deleted: remove, bytes: totalBytes };
}

async function writeSafely(remote: Remote, file: string, data: Buffer): Promise<void> {
  await remote.write(tempOf(file), data);
  await remote.rename(tempOf(file), file);
}

/** The server's manifest, for the full check. */
export async function readManifest(remote: Remote): Promise<Record<string, FileInfo>> {
  const manifest = await readJson<Manifest>(remote, manifestFile);
  return manifest?.version === 1 && typeof manifest.files === 'object' ? manifest.files : {};
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
