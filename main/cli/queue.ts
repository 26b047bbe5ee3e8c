import type { Command } from 'commander';
import { libraryOption } from './options';

/** `newsdesk queue`: the queue, newest first, one line per item. */
export async function runQueue(libraryDir: string): Promise<void> {
  const { openSession } = await import('../session');
  const session = await openSession(libraryDir);
  try {
    for (const item of session.publisher.view().items) {
      const when = item.state === 'scheduled' ? ` at ${item.notBefore}` : item.retryAt ? ` retry at ${item.retryAt}` : '';
      const why = item.error ? ` — ${item.error.message}` : '';
      console.log(`${item.id}\t${item.state}${when}\t${item.action}\t${item.title}${why}`);
    }
  } finally {
    await session.close();
  }
}

export function addQueueCommand(program: Command): Command {
  return program
    .command('queue')
    .description('list the publish queue, newest first: id, state, action, title and any error')
    .addOption(libraryOption())
    .action((options: { library: string }) => runQueue(options.library));
}
