import type { Command } from 'commander';
import { makeBackup } from '../backup/make-backup';
import { libraryOption } from './options';

/**
 * `newsdesk backup --library DIR --to DIR [--zip]`: one backup of the library, checked before
 * it takes its final name. It reads the library without locking it, so it also runs while the
 * app has the library open (for a scheduled task); the retention applies to the app's daily backups.
 */
export async function runBackup(libraryDir: string, to: string, zip: boolean): Promise<void> {
  const made = await makeBackup(libraryDir, to, { zip });
  console.log(`backed up to ${made.path} (${made.bytes} bytes)`);
}

export function addBackupCommand(program: Command): Command {
  return program
    .command('backup')
    .description('back the library up into a folder, as a folder or a zip with a checksum list (never the passwords); exit code 1 when it failed, and then no backup is left under a final name')
    .addOption(libraryOption())
    .requiredOption('--to <dir>', 'the folder to put the backup in (outside the library)')
    .option('--zip', 'write the backup as one zip file instead of a folder')
    .action((options: { library: string; to: string; zip?: boolean }) => runBackup(options.library, options.to, !!options.zip));
}
