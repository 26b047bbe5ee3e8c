import type { Command } from 'commander';
import { openSession } from '../session';
import { exitCodes, libraryOption } from './options';

/** `newsdesk publish`: pushes the due queue without a window; false when an item failed. */
export async function runPublish(libraryDir: string): Promise<boolean> {
  const session = await openSession(libraryDir);
  try {
    let shown = '';
    const result = await session.publisher.runDue((p) => {
      const line =
        p.phase === 'upload'
          ? `uploading: ${p.files}/${p.totalFiles} files, ${p.bytes}/${p.totalBytes} bytes`
          : p.phase === 'render'
            ? `rendering: ${p.files}/${p.totalFiles} pages`
            : p.phase;
      // One line per tenth of the work, not one per file.
      const key = `${p.phase}:${p.totalFiles ? Math.floor((p.files / p.totalFiles) * 10) : 0}`;
      if (key !== shown) {
        shown = key;
        process.stderr.write(`${line}\n`);
      }
    });
    for (const item of result.published) console.log(`published: ${item.title} (${item.action})`);
    for (const item of result.failed) console.log(`failed: ${item.title} (${item.action}): ${item.error?.message}${item.retryAt ? `; retrying at ${item.retryAt}` : ''}`);
    if (!result.published.length && !result.failed.length) console.log('nothing is due');
    return result.failed.length === 0;
  } finally {
    await session.close();
  }
}

export function addPublishCommand(program: Command): Command {
  return program
    .command('publish')
    .description('push the due items of the publish queue to the site, for a scheduled task; exit code 1 when an item failed')
    .addOption(libraryOption())
    .action(async (options: { library: string }) => {
      if (!(await runPublish(options.library))) process.exitCode = exitCodes.failed;
    });
}
