import path from 'node:path';
import type { Command } from 'commander';
import { libraryOption } from './options';

/** `newsdesk export --library DIR --out DIR`: the same export as the app's, without a window. */
export async function runExport(libraryDir: string, out: string): Promise<void> {
  // The command line's folder is relative to where it was typed; the app's must be absolute.
  const folder = path.resolve(out);
  const [{ Library }, { SiteBuilder }, { prepareExportFolder }, { ApiError }] = await Promise.all([
    import('../library/library'),
    import('../site/builder'),
    import('../site/export-folder'),
    import('../../shared/errors'),
  ]);
  await prepareExportFolder(folder);
  const library = await Library.open(libraryDir);
  // Ctrl+C stops between pages: the pages written are whole, and the next export finishes the rest.
  const stop = new AbortController();
  const interrupt = () => {
    process.stderr.write('stopping the export…\n');
    stop.abort();
  };
  process.once('SIGINT', interrupt);
  try {
    let shown = -1;
    const result = await new SiteBuilder(library).export(folder, (done, total) => {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      if (percent >= shown + 10 || done === total) {
        shown = percent;
        process.stderr.write(`exporting: ${done}/${total} pages (${percent}%)\n`);
      }
    }, undefined, stop.signal);
    console.log(`exported to ${path.resolve(out)}: ${result.written} pages written, ${result.removed} removed, ${result.unchanged} unchanged, in ${result.ms} ms`);
  } catch (error) {
    if (stop.signal.aborted) throw new ApiError('cancelled', 'error.exportCancelled', 'The export was cancelled; the pages written are whole, and the next export finishes the rest.');
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    await library.close();
  }
}

export function addExportCommand(program: Command): Command {
  return program
    .command('export')
    .description('write the site into a folder, as the app’s 导出站点 does')
    .addOption(libraryOption())
    .requiredOption('--out <dir>', 'the folder to write the site into')
    .action((options: { library: string; out: string }) => runExport(options.library, options.out));
}
