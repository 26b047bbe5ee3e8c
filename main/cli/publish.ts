import type { Command } from 'commander';
import type { PushProgress } from '../../shared/queue';
import { exitCodes, libraryOption } from './options';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A push's progress as lines for a terminal: one per phase and per tenth of the work, with the speed and time left. */
export function progressLines(print: (line: string) => void): (p: PushProgress) => void {
  let shown = '';
  return (p) => {
    const key = `${p.phase}:${p.totalFiles ? Math.floor((p.files / p.totalFiles) * 10) : 0}`;
    if (key === shown) return;
    shown = key;
    if (p.phase === 'upload') {
      const pace = p.secondsLeft === null ? '' : `, ${mb(p.bytesPerSecond)}/s, ${p.secondsLeft} s left`;
      print(`uploading: ${p.files}/${p.totalFiles} files, ${mb(p.bytes)}/${mb(p.totalBytes)}${pace}`);
    } else if (p.phase === 'render') print(`rendering: ${p.files}/${p.totalFiles} pages`);
    else print(p.phase);
  };
}

/** `newsdesk publish`: pushes the due queue without a window; false when an item failed. */
export async function runPublish(libraryDir: string): Promise<boolean> {
  const { openSession } = await import('../session');
  const session = await openSession(libraryDir);
  // Ctrl+C cancels the push with the site whole; the next `publish` resumes where it stopped.
  const stop = () => session.publisher.stopPush();
  process.once('SIGINT', stop);
  try {
    const result = await session.publisher.runDue(progressLines((line) => process.stderr.write(`${line}\n`)));
    for (const item of result.published) console.log(`published: ${item.title} (${item.action})`);
    for (const item of result.failed) console.log(`failed: ${item.title} (${item.action}): ${item.error?.message}${item.retryAt ? `; retrying at ${item.retryAt}` : ''}`);
    if (!result.published.length && !result.failed.length) console.log('nothing is due');
    return result.failed.length === 0;
  } finally {
    process.off('SIGINT', stop);
    await session.close();
  }
}

export function addPublishCommand(program: Command): Command {
  return program
    .command('publish')
    .description('push the due items of the publish queue to the site, for a scheduled task; exit code 1 when an item failed; Ctrl+C cancels, and the next run resumes')
    .addOption(libraryOption())
    .action(async (options: { library: string }) => {
      if (!(await runPublish(options.library))) process.exitCode = exitCodes.failed;
    });
}
