import type { Command } from 'commander';
import type { ImportDraft } from '../../shared/import/draft';
import type { ImportContext } from '../import/analyze';
import { exitCodes, libraryOption } from './options';

export const isWebAddress = (given: string) => /^https?:\/\//i.test(given.trim());

/**
 * `newsdesk import FILE|FOLDER|URL… --library DIR [--dry-run] [--json]`: imports pages as
 * drafts. An address is fetched (采集); a column's list page imports each of its article links
 * that the library does not have yet. A dry run saves nothing and, with --json, prints what each
 * page gave, for checking in scripts. Returns false when a page could not be imported.
 */
export async function runImport(paths: string[], libraryDir: string, options: { dryRun: boolean; json: boolean }): Promise<boolean> {
  const [{ Library }, { analyzeFile }, { expandImportPaths, readImportFile }, { draftState, missingNeeded }] = await Promise.all([
    import('../library/library'),
    import('../import/analyze'),
    import('../import/files'),
    import('../../shared/import/draft'),
  ]);
  const library = await Library.open(libraryDir);
  try {
    await library.searchReady;
    const context = { site: library.getSite(), summaries: () => library.summaries(), similar: (text: string) => library.similar(text) };
    const drafts: ImportDraft[] = [];
    for (const given of paths) {
      if (isWebAddress(given)) drafts.push(...(await fromAddress(given, context, options.json)));
      else for (const file of await expandImportPaths([given])) drafts.push(await analyzeFile(file, await readImportFile(file), context));
    }
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
        const note =
          draft.error?.message ??
          (draft.duplicateOf?.similar ? `its body is nearly that of ${draft.duplicateOf.id}: 已有相似文章` : draft.duplicateOf ? `already in the library as ${draft.duplicateOf.id}, not imported` : missingNeeded(draft).length ? `check: ${missingNeeded(draft).join(', ')} not found` : 'ok');
        console.log(`${draft.name}: ${draft.fields.title || '-'} (${note})`);
      }
      // The same article (its link, or its title and date) is not imported twice; a similar body is said, not refused.
      if (options.dryRun || state === 'failed' || (draft.duplicateOf && !draft.duplicateOf.similar)) continue;
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

/** One address: its article, or the articles of the list page it is (those not in the library yet). */
async function fromAddress(address: string, context: ImportContext, quiet: boolean): Promise<ImportDraft[]> {
  const { analyzeUrl } = await import('../import/analyze');
  const found = await analyzeUrl(address, context).catch((error: unknown) => failed(address, error));
  if (!('kind' in found)) return [found];
  if (found.kind === 'article') return [found.draft];
  if (!quiet) {
    console.log(`${address}: a list of ${found.links.length} articles`);
    for (const link of found.links) console.log(`  ${link.inLibrary ? '[已有] ' : ''}${link.publishedAt.slice(0, 10) || '          '} ${link.title}  ${link.url}`);
  }
  const drafts: ImportDraft[] = [];
  for (const link of found.links.filter((l) => !l.inLibrary)) {
    const one = await analyzeUrl(link.url, context, { asArticle: true }).catch((error: unknown) => failed(link.url, error));
    drafts.push('kind' in one ? (one.kind === 'article' ? one.draft : await failed(link.url, new Error('not an article'))) : one);
  }
  return drafts;
}

async function failed(name: string, error: unknown): Promise<ImportDraft> {
  const { ApiError } = await import('../../shared/errors');
  const data = error instanceof ApiError ? error.toData() : new ApiError('invalid-input', 'error.import.unreadable', String(error), { detail: String(error) }).toData();
  return { name, fields: { title: '', publishedAt: '', source: '', author: '', originalUrl: '', column: '', bodyHtml: '' }, columnName: '', body: [], missing: [], duplicateOf: null, error: data };
}

export function addImportCommand(program: Command): Command {
  return program
    .command('import')
    .description("import pages as drafts: .html, .htm, .txt and .docx files, folders of them, or pages' addresses (采集; a column's list page imports its articles not yet in the library); exit code 1 when a page could not be imported")
    .argument('<paths...>', 'the files, folders or http(s) addresses to import')
    .addOption(libraryOption())
    .option('--dry-run', 'save nothing, only show what each page gives')
    .option('--json', 'print the fields found in each page as JSON, for scripts')
    .action(async (paths: string[], options: { library: string; dryRun?: boolean; json?: boolean }) => {
      if (!(await runImport(paths, options.library, { dryRun: !!options.dryRun, json: !!options.json }))) process.exitCode = exitCodes.failed;
    });
}
