/** One backup in the backup folder, as the settings view lists it. */
export interface BackupEntry {
  /** The folder's or zip's name in the backup folder, which is also how a restore names it. */
  name: string;
  path: string;
  createdAt: string;
  bytes: number;
  zip: boolean;
}

/** The backup section of the settings view: where backups go, whether one is running, how the last one went. */
export interface BackupsView {
  folder: string;
  /** The site's time zone, in which the list shows dates. */
  timezone: string;
  running: boolean;
  /** When the daily backup is next due, if it is on. */
  nextAt: string | null;
  lastError: { key: string; params?: Record<string, string | number>; message: string; at: string } | null;
  backups: BackupEntry[];
}
