import type { Handlers } from '../shared/api';
import type { Library } from './library/library';

/** The one handler table: every call of the contract, given input already parsed. */
export function createHandlers(library: Library) {
  return {
    'library.info': async () => library.info(),
    'articles.list': async (query) => library.list(query),
    'articles.get': async ({ id }) => library.get(id),
    'articles.create': async ({ fields }) => library.create(fields),
    'articles.save': async ({ id, baseRevision, fields }) => library.save(id, baseRevision, fields),
    'articles.duplicate': async ({ id }) => library.duplicate(id),
    'articles.trash': async ({ id }) => library.trash(id),
    'articles.restore': async ({ id }) => library.restore(id),
    'trash.empty': async () => library.emptyTrash(),
    'site.get': async () => library.getSite(),
    'site.save': async (site) => library.saveSite(site),
    'settings.get': async () => library.getSettings(),
    'settings.save': async (settings) => library.saveSettings(settings),
  } satisfies Handlers;
}
