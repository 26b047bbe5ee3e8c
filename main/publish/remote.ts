/**
 * A place the site's files live: a folder, an SFTP or an FTP server. Paths are relative to
 * the site's root and use '/'. The push (push.ts) builds its safe writes from these
 * primitives, so every kind of target gets the same temporary-name-then-rename behaviour.
 */
export interface Remote {
  /** How many transfers may run at once over this connection. */
  readonly parallel: number;
  /** Every file under the root with its size. */
  list(): Promise<Map<string, number>>;
  /** A file's content, or null when it does not exist. */
  read(file: string): Promise<Buffer | null>;
  write(file: string, data: Buffer): Promise<void>;
  /** Renames over an existing file in one step. */
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  /** Creates a folder and its parents; an existing one is fine. */
  mkdir(dir: string): Promise<void>;
  close(): Promise<void>;
}

export function joinRemote(root: string, file: string): string {
  return file ? `${root.replace(/\/+$/, '')}/${file}` : root;
}
