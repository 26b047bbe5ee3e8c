import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { libraryOption } from './options';

/**
 * `newsdesk backup --library DIR --to DIR [--zip] [--prune]`: one backup of the library,
 * checked before it takes its final name. It reads the library without locking it, so it also
 * runs while the app has the library open (for a scheduled task). With --prune, the backups in
 * that folder are then kept as the app keeps its daily ones (7 daily, 4 weekly, 12 monthly).
 */
export async function runBackup(libraryDir: string, to: string, options: { zip: boolean; prune: boolean }): Promise<void> {
  const { makeBackup } = await import('../backup/make-backup');
  const made = await makeBackup(libraryDir, to, { zip: options.zip });
  console.log(`backed up to ${made.path} (${made.bytes} bytes)`);
  if (!options.prune) return;
  const [{ pruneBackups }, { formatDay }] = await Promise.all([import('../backup/retention'), import('../../shared/dates')]);
  const zone = await siteTimezone(libraryDir);
  for (const name of await pruneBackups(path.resolve(to), (iso) => formatDay(iso, zone))) console.log(`removed by the retention: ${name}`);
}

/** The site's time zone, in which backups fall on days; the default one if the profile has none that is valid. */
async function siteTimezone(libraryDir: string): Promise<string> {
  const { defaultTimezone } = await import('../../shared/dates');
  try {
    const site = JSON.parse(await fs.readFile(path.join(libraryDir, 'site.json'), 'utf8')) as { timezone?: unknown };
    if (typeof site.timezone !== 'string') return defaultTimezone;
    new Intl.DateTimeFormat('en', { timeZone: site.timezone }); // throws for a zone Intl does not know
    return site.timezone;
  } catch {
    return defaultTimezone;
  }
}

export function addBackupCommand(program: Command): Command {
  return program
    .command('backup')
    .description('back the library up into a folder, as a folder or a zip with a checksum list (never the passwords); exit code 1 when it failed, and then no backup is left under a final name')
    .addOption(libraryOption())
    .requiredOption('--to <dir>', 'the folder to put the backup in (outside the library)')
    .option('--zip', 'write the backup as one zip file instead of a folder')
    .option('--prune', 'then keep only the newest backup of each of the last 7 days, 4 weeks and 12 months in that folder')
    .action((options: { library: string; to: string; zip?: boolean; prune?: boolean }) => runBackup(options.library, options.to, { zip: !!options.zip, prune: !!options.prune }));
}
