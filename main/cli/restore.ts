import path from 'node:path';
import type { Command } from 'commander';

/** `newsdesk restore BACKUP --to DIR`: checks the backup whole, then restores it into a new library folder. */
export async function runRestore(backup: string, to: string): Promise<void> {
  const { restoreBackup } = await import('../backup/restore');
  const restored = await restoreBackup(path.resolve(backup), path.resolve(to));
  console.log(`restored ${restored.files} files (${restored.articles} articles) to ${restored.path}`);
}

export function addRestoreCommand(program: Command): Command {
  return program
    .command('restore')
    .description('restore a backup (a backup folder or zip) into a new, empty library folder; a damaged backup is reported with the file found wrong, and nothing is restored (exit code 1)')
    .argument('<backup>', 'the backup folder or .zip file')
    .requiredOption('--to <dir>', 'the new library folder: missing or empty')
    .action((backup: string, options: { to: string }) => runRestore(backup, options.to));
}
