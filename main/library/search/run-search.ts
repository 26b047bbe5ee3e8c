import { Library } from '../library';

/**
 * `newsdesk search QUERY --library DIR [--json]`: the library's full-text search, best first.
 * With --json, one line per hit: {"id","title","snippet"}. Waits for the index when it is
 * being loaded or built (a progress line on stderr), so the answer is the full one.
 */
export async function runSearch(query: string, libraryDir: string, options: { json: boolean; limit?: number }): Promise<number> {
  const library = await Library.open(libraryDir);
  try {
    const progress = setInterval(() => {
      const state = library.searchState;
      if (state.state !== 'ready') process.stderr.write(`正在准备全文索引… ${state.done}/${state.total}\n`);
    }, 1000);
    await library.searchReady.finally(() => clearInterval(progress));
    const { hits } = library.search({ query, limit: options.limit ?? 50 });
    for (const hit of hits) {
      if (options.json) console.log(JSON.stringify({ id: hit.article.id, title: hit.article.title, snippet: hit.snippet }));
      else console.log(`${hit.article.id}  ${hit.article.title}\n    ${hit.snippet}`);
    }
    if (!options.json) console.log(`${hits.length} found`);
    return hits.length;
  } finally {
    await library.close();
  }
}
