import type { Command } from 'commander';
import { libraryOption, parsePort } from './options';

/** `newsdesk web`: opens the library, serves the app, and closes the library cleanly on exit. */
export async function runWeb(options: { library: string; port: number; open: boolean }): Promise<void> {
  // Reading article files after a crash: a progress line once it takes more than half a second.
  const [{ openSession }, { createHandlers }, { sessionEvents }, { startWebShell }, { default: open }] = await Promise.all([
    import('../session'),
    import('../handlers'),
    import('../events'),
    import('../web/server'),
    import('open'),
  ]);
  const started = Date.now();
  let shown = 0;
  const session = await openSession(options.library, {
    progress: (done, total) => {
      if (Date.now() - started < 500 || Date.now() - shown < 250) return;
      shown = Date.now();
      console.log(`正在检查文章文件… ${done}/${total}`);
    },
  });
  const { library } = session;
  session.publisher.start();
  session.handoff.watch();
  session.backups.start();
  const shell = await startWebShell(createHandlers(session), options.port, library.assets, sessionEvents(session));
  console.log(`Newsdesk web shell: ${shell.url}`);
  console.log(`library: ${library.dir}`);
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await shell.close();
    await session.close();
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
