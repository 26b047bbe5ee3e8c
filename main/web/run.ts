import open from 'open';
import { createHandlers } from '../handlers';
import { openSession } from '../session';
import { startWebShell } from './server';

/** `newsdesk web`: opens the library, serves the app, and closes the library cleanly on exit. */
export async function runWeb(options: { library: string; port: number; open: boolean }): Promise<void> {
  const session = await openSession(options.library);
  const { library } = session;
  session.publisher.start();
  session.handoff.watch();
  const shell = await startWebShell(createHandlers(session), options.port, library.assets);
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
