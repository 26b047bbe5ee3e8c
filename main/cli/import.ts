import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { draftState, missingNeeded } from '../../shared/import/draft';
import { analyzeFile } from '../import/analyze';
import { expandImportPaths } from '../import/files';
import { Library } from '../library/library';
import { exitCodes, libraryOption } from './options';

/**
 * `newsdesk import FILE… --library DIR [--dry-run] [--json]`: imports pages as drafts. A dry
 * run saves nothing and, with --json, prints what each file gave, for checking in scripts.
 * Returns false when a file could not be imported.
 */
export async function runImport(paths: string[], libraryDir: string, options: { dryRun: boolean; json: boolean }): Promise<boolean> {
  const library = await Library.open(libraryDir);
  try {
    await library.searchReady;
    const context = { site: library.getSite(), summaries: () => library.summaries(), similar: (text: string) => library.similar(text) };
    const files = await expandImportPaths(paths);
    const drafts = [];
    for (const file of files) drafts.push(await analyzeFile(file, await fs.readFile(file), context));
    if (options.json) {
      const rows = drafts.map((d) =>
        d.error
          ? { file: d.name, error: d.error.message }
          : { file: d.name, title: d.fields.title, publishedAt: d.fields.publishedAt, source: d.fields.source, author: d.fields.author, originalUrl: d.fields.originalUrl, column: d.columnName, body: d.body },
      );
      console.log(JSON.stringify(rows, null, 2));
    }
    let imported = 0;
    for (const draft of drafts) {
      const state = draftState(draft);
      if (!options.json) {
        const note = draft.error?.message ?? (draft.duplicateOf ? `already in the library as ${draft.duplicateOf.id}, not imported` : missingNeeded(draft).length ? `check: ${missingNeeded(draft).join(', ')} not found` : 'ok');
        console.log(`${draft.name}: ${draft.fields.title || '-'} (${note})`);
      }
      if (options.dryRun || state === 'failed' || draft.duplicateOf) continue;
      await library.create({ ...draft.fields, column: draft.fields.column || library.getSite().columns[0]!.slug, status: 'draft' });
      imported++;
    }
    const failed = drafts.filter((d) => d.error).length;
    if (!options.json) console.log(`${options.dryRun ? 'would import' : 'imported'} ${options.dryRun ? drafts.length - failed : imported}, failed ${failed}`);
    return failed === 0;
  } finally {
    await library.close();
  }
}

export function addImportCommand(program: Command): Command {
  return program
    .command('import')
    .description('import pages as drafts: .html, .htm, .txt and .docx files, or folders of them; exit code 1 when a file could not be imported')
    .argument('<paths...>', 'the files or folders to import')
    .addOption(libraryOption())
    .option('--dry-run', 'save nothing, only show what each file gives')
    .option('--json', 'print the fields found in each file as JSON, for scripts')
    .action(async (paths: string[], options: { library: string; dryRun?: boolean; json?: boolean }) => {
      if (!(await runImport(paths, options.library, { dryRun: !!options.dryRun, json: !!options.json }))) process.exitCode = exitCodes.failed;
    });
}
