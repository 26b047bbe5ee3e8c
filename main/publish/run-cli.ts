import { openSession } from '../session';

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

/** `newsdesk queue`: the queue, newest first, one line per item. */
export async function runQueue(libraryDir: string): Promise<void> {
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
