/**
 * A place the site's files live: a folder, an SFTP or an FTP server. Paths are relative to
 * the site's root and use '/'. The push (push.ts) builds its safe writes from these
 * primitives, so every kind of target gets the same temporary-name-then-rename behaviour.
 * Every call may be made while others are in flight: a server 60 ms away answers a request
 * in no less than 60 ms, so a push keeps up to `parallel` of them going at once.
 */
export interface Remote {
  /** How many requests a push keeps in flight. */
  readonly parallel: number;
  /** Whether renames and removals started in order take effect in that order (one SFTP channel does). */
  readonly ordered: boolean;
  /** Every file under the root with its size: the full check only, never a push. */
  list(): Promise<Map<string, number>>;
  /** A file's content, or null when it does not exist. */
  read(file: string): Promise<Buffer | null>;
  /** A file's size, or null when it does not exist. */
  size(file: string): Promise<number | null>;
  write(file: string, data: Buffer): Promise<void>;
  /** Renames over an existing file in one step. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; one already gone is fine. */
  remove(file: string): Promise<void>;
  /** Creates these folders, each after those before it (so parents first); an existing one is fine. */
  mkdirs(dirs: string[]): Promise<void>;
  /** Whether a write failed because its folder is missing (removed by hand since the last push). */
  isMissing(error: unknown): boolean;
  close(): Promise<void>;
}

export function joinRemote(root: string, file: string): string {
  return file ? `${root.replace(/\/+$/, '')}/${file}` : root;
}

/** The folders holding these files, each after its parent: what a push creates before writing into them. */
export function foldersOf(files: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
}
