import path from 'node:path';
import type { Command } from 'commander';
import { Library } from '../library/library';
import { SiteBuilder } from '../site/builder';
import { libraryOption } from './options';

/** `newsdesk export --library DIR --out DIR`: the same export as the app's, without a window. */
export async function runExport(libraryDir: string, out: string): Promise<void> {
  const library = await Library.open(libraryDir);
  try {
    let shown = -1;
    const result = await new SiteBuilder(library).export(path.resolve(out), (done, total) => {
      const percent = total ? Math.floor((done / total) * 100) : 100;
      if (percent >= shown + 10 || done === total) {
        shown = percent;
        process.stderr.write(`exporting: ${done}/${total} pages (${percent}%)\n`);
      }
    });
    console.log(`exported to ${path.resolve(out)}: ${result.written} pages written, ${result.removed} removed, ${result.unchanged} unchanged, in ${result.ms} ms`);
  } finally {
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
