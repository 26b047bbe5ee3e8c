import path from 'node:path';
import type { BackupEntry, BackupsView } from '../../shared/backup';
import { formatDay } from '../../shared/dates';
import { ApiError } from '../../shared/errors';
import type { Library } from '../library/library';
import { listBackups } from './backup-folder';
import { backupError } from './errors';
import { makeBackup } from './make-backup';
import { restoreBackup, type RestoreResult } from './restore';
import { pruneBackups } from './retention';

const day = 24 * 3600_000;
/** An instant as the site's date functions read it: to the second, in UTC. */
const instant = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z');
const checkEvery = 3600_000;
/** The first check waits a little, so a catch-up backup does not slow the app's start. */
const firstCheckAfter = 20_000;

/** Without a folder in settings, backups go beside the library: `…/library` is backed up into `…/library-backups`. */
export function defaultBackupFolder(libraryDir: string): string {
  return path.join(path.dirname(libraryDir), `${path.basename(libraryDir)}-backups`);
}

/**
 * The backups of the open library: on demand, and daily while the app is open (checked at
 * start, so a day missed while the app was closed is caught up, then every hour). One backup
 * runs at a time; after each, the ones the retention does not keep are removed.
 */
export class Backups {
  private chain: Promise<unknown> = Promise.resolve();
  private running = 0;
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private lastError: BackupsView['lastError'] = null;

  constructor(
    private readonly library: Library,
    private readonly now: () => Date = () => new Date(),
  ) {}

  folder(): string {
    const chosen = this.library.getSettings().backupFolder;
    // A relative folder is taken beside the library, not wherever the app was started.
    return chosen ? path.resolve(path.dirname(this.library.dir), chosen) : defaultBackupFolder(this.library.dir);
  }

  async view(): Promise<BackupsView> {
    const backups = await listBackups(this.folder());
    const last = backups[0] ? Date.parse(backups[0].createdAt) : null;
    const nextAt = !this.library.getSettings().backupDaily ? null : instant(new Date(last === null ? this.now().getTime() : Math.max(last + day, this.now().getTime())));
    return { folder: this.folder(), timezone: this.library.getSite().timezone, running: this.running > 0, nextAt, lastError: this.lastError, backups };
  }

  /** A backup now, after any running one. */
  run(): Promise<BackupEntry> {
    this.running++;
    const work = this.chain.then(() => this.backup());
    this.chain = work.catch(() => undefined).finally(() => this.running--);
    return work;
  }

  async restore(name: string, to: string): Promise<RestoreResult> {
    const backup = (await listBackups(this.folder())).find((b) => b.name === name);
    if (!backup) throw backupError('notFound', `There is no backup ${name} in ${this.folder()}.`, { path: path.join(this.folder(), name) });
    return restoreBackup(backup.path, to, { openLibrary: this.library.dir });
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runIfDue(), checkEvery);
    this.timer.unref();
    this.first = setTimeout(() => void this.runIfDue(), firstCheckAfter);
    this.first.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.first) clearTimeout(this.first);
    this.timer = this.first = null;
    await this.chain;
  }

  /** The daily backup, if it is on and the newest backup is a day old or there is none. */
  async runIfDue(): Promise<BackupEntry | null> {
    if (!this.library.getSettings().backupDaily || this.running) return null;
    const newest = (await listBackups(this.folder()).catch(() => []))[0];
    if (newest && this.now().getTime() - Date.parse(newest.createdAt) < day) return null;
    return this.run().catch(() => null); // kept in lastError, shown in the settings view
  }

  private async backup(): Promise<BackupEntry> {
    const folder = this.folder();
    try {
      const made = await makeBackup(this.library.dir, folder, { zip: this.library.getSettings().backupZip, now: this.now() });
      const zone = this.library.getSite().timezone;
      await pruneBackups(folder, (iso) => formatDay(iso, zone));
      this.lastError = null;
      return made;
    } catch (error) {
      const data = error instanceof ApiError ? error.toData() : { key: 'error.backup.failed', params: { detail: String(error) }, message: String(error) };
      this.lastError = { key: data.key, params: data.params, message: data.message, at: instant(this.now()) };
      throw error;
    }
  }
}
