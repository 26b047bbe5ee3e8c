import path from 'node:path';
import type { Command } from 'commander';
import { libraryOption, parsePort } from './options';

/**
 * `newsdesk web`: serves the app at once and opens the library meanwhile (the page shows the
 * opening screen when that takes long), and closes the library cleanly on exit.
 */
export async function runWeb(options: { library: string; port: number; open: boolean }): Promise<void> {
  const [{ openSession }, { createHandlers }, { sessionEvents }, { Opening, handlersWhenOpen, openingEvents, openingLine }, { startWebShell }, { default: open }] = await Promise.all([
    import('../session'),
    import('../handlers'),
    import('../events'),
    import('../opening'),
    import('../web/server'),
    import('open'),
  ]);
  const opening = new Opening((report) => openSession(options.library, report));
  // The console says it too once it takes more than half a second, as the page does.
  const started = Date.now();
  let shown = 0;
  const stopLines = opening.changed.add((status) => {
    const line = openingLine(status);
    if (!line || Date.now() - started < 500 || (status.state === 'opening' && Date.now() - shown < 250)) return;
    shown = Date.now();
    console.log(line);
  });
  const assets = { file: (name: string) => opening.sessionNow?.library.assets.file(name) ?? null };
  const shell = await startWebShell(handlersWhenOpen(opening, (session) => createHandlers(session)), options.port, assets, openingEvents(opening, sessionEvents));
  console.log(`Newsdesk web shell: ${shell.url}`);
  console.log(`library: ${path.resolve(options.library)}`);
  void opening.session.then(
    (session) => {
      stopLines();
      session.publisher.start();
      session.handoff.watch();
      session.backups.start();
    },
    (error: unknown) => console.error(`Could not open the library: ${error instanceof Error ? error.message : String(error)}`),
  );
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await shell.close();
    // Stopped before the library is open: it is left as by a crash, which the next start handles, and its lock goes stale.
    await opening.sessionNow?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (options.open) await open(shell.url).catch(() => console.log('Open the URL above in a browser.'));
}

export function addWebCommand(program: Command): Command {
  return program
    .command('web')
    .description('serve the app on 127.0.0.1 and open it in the browser; runs until Ctrl+C')
    .addOption(libraryOption())
    .option('--port <n>', 'the port (0 picks a free one)', parsePort, 0)
    .option('--no-open', 'do not open a browser')
    .action((options: { library: string; port: number; open: boolean }) => runWeb(options));
}
