import type { Command } from 'commander';
import { libraryOption } from './options';

/** `newsdesk search QUERY`: the library's full-text search, best first. */
export function addSearchCommand(program: Command): Command {
  return program
    .command('search')
    .description('full-text search in titles, bodies, sources, authors, summaries, keywords and original links, best first; "quotes" for a phrase')
    .argument('<words...>', 'the words to look for')
    .addOption(libraryOption())
    .option('--json', 'one line per hit: {"id","title","snippet"}')
    .action(async (words: string[], options: { library: string; json?: boolean }) => {
      const { runSearch } = await import('../library/search/run-search');
      await runSearch(words.join(' '), options.library, { json: !!options.json });
    });
}
