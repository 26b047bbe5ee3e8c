import path from 'node:path';
import type { Handlers } from '../shared/api';
import { ApiError } from '../shared/errors';
import type { Settings } from '../shared/settings';
import { analyzeFile, analyzePaste, analyzeUrl } from './import/analyze';
import { expandImportPaths, readImportFile } from './import/files';
import { imagesOf } from '../shared/image';
import type { Session } from './session';
import { SiteBuilder } from './site/builder';
import { prepareExportFolder } from './site/export-folder';

/** What only a desktop shell can do; the web shell and the CLI leave it out. */
export interface ShellAbilities {
  pickFolder?: () => Promise<string | null>;
  pickFiles?: () => Promise<string[] | null>;
  /** The desktop shell rebuilds its native menus in the new language. */
  settingsChanged?: (settings: Settings) => Promise<void>;
}

/** The one handler table: every call of the contract, given input already parsed. */
export function createHandlers({ library, publisher, handoff, backups, jobs }: Session, shell: ShellAbilities = {}) {
  const site = new SiteBuilder(library);
  const { targets, secrets } = publisher;
  const importContext = () => ({ site: library.getSite(), summaries: () => library.summaries(), similar: (text: string) => library.similar(text) });
  const targetList = async () => {
    const list = targets.list();
    const sources = await Promise.all(list.targets.map(async (t) => [t.id, await secrets.source(t.id)] as const));
    return { ...list, secrets: Object.fromEntries(sources) };
  };
  return {
    'library.info': async () => library.info(),
    // Before the library is open the shells answer this themselves (handlersWhenOpen).
    'library.opening': async () => ({ state: 'open' }) as const,
    'articles.list': async (query) => library.list(query),
    'articles.search': async (query) => library.search(query),
    'articles.facets': async () => library.facets(),
    'articles.similar': async ({ text }) => ({ articles: library.similar(text) }),
    'articles.get': async ({ id }) => library.get(id),
    'articles.create': async ({ fields }) => library.create(fields),
    'articles.save': async ({ id, baseRevision, fields }) => {
      // 已通过 is the publisher's decision (review.approve puts the article in the queue); an
      // editor's save may keep it, never set it, or the article would skip the publisher.
      if (fields.status === 'approved' && (await library.get(id)).status !== 'approved') {
        throw new ApiError('invalid-input', 'error.approveByPublisher', `Article ${id}: only the publisher approves an article.`);
      }
      return library.save(id, baseRevision, fields);
    },
    'articles.duplicate': async ({ id }) => library.duplicate(id),
    'articles.trash': async ({ id }) => library.trash(id),
    'articles.restore': async ({ id }) => library.restore(id),
    'articles.discardUntouched': async ({ id }) => library.discardUntouched(id),
    'assets.add': async ({ name, data }) => library.assets.add(name, Buffer.from(data, 'base64')),
    'assets.missing': async ({ id }) => {
      const article = await library.get(id);
      return { missing: await library.assets.missing(imagesOf(article.bodyHtml + article.cover)) };
    },
    'revisions.list': async ({ id }) => library.revisions.list(id),
    'revisions.get': async ({ id, revision }) => library.revisions.get(id, revision),
    'revisions.restore': async ({ id, revision, baseRevision }) => library.restoreRevision(id, revision, baseRevision),
    'trash.empty': async () => library.emptyTrash(),
    'site.get': async () => library.getSite(),
    'site.save': async (site) => library.saveSite(site),
    'settings.get': async () => library.getSettings(),
    'settings.save': async (settings) => {
      const saved = await library.saveSettings(settings);
      await shell.settingsChanged?.(saved);
      return saved;
    },
    'sitePages.list': async () => library.sitePages(),
    'sitePages.save': async (page) => library.saveSitePage(page),
    'preview.render': async ({ kind, id, fields }) => {
      const now = new Date().toISOString();
      return site.preview(kind, { ...fields, id, createdAt: now, updatedAt: now, revision: 0, deletedAt: null });
    },
    'site.export': async ({ out }) => {
      if (path.isAbsolute(out) && isInside(path.resolve(out), library.dir)) {
        throw new ApiError('invalid-input', 'error.exportIntoLibrary', `Export into a folder outside the library, not ${out}.`, { path: out });
      }
      // Refused now, with the reason, rather than failing (or spinning) once the job runs.
      await prepareExportFolder(out);
      const folder = path.resolve(out);
      return jobs.start('export', async (progress, signal) => {
        const { written, removed, unchanged, ms } = await site.export(folder, progress, undefined, signal);
        return { written, removed, unchanged, ms, out: folder };
      });
    },
    'jobs.get': async ({ id }) => jobs.get(id),
    'jobs.cancel': async ({ id }) => jobs.cancel(id),
    'targets.list': targetList,
    'targets.save': async ({ target, secret }) => {
      const saved = await targets.save(target);
      if (secret) await secrets.set(target.id, secret);
      return saved;
    },
    'targets.remove': async ({ id }) => (await targets.remove(id), targetList()),
    'targets.setActive': async ({ id }) => (await targets.setActive(id), targetList()),
    'targets.test': async ({ id }) => publisher.test(id),
    'review.sendBack': async ({ id, note }) => library.review(id, 'draft', note),
    'queue.add': async ({ id, action, notBefore }) => publisher.enqueue(id, action, notBefore),
    'queue.view': async () => publisher.view(),
    'queue.stopPush': async () => (publisher.stopPush(), publisher.view()),
    'queue.checkSite': async () => publisher.checkSite(true),
    'queue.retry': async ({ id }) => (await publisher.retry(id), publisher.view()),
    'queue.postpone': async ({ id, notBefore }) => (await publisher.postpone(id, notBefore), publisher.view()),
    'queue.cancel': async ({ id }) => (await publisher.cancel(id), publisher.view()),
    'queue.publications': async () => publisher.published.publications(library.getSite().timezone),
    'publog.list': async ({ offset, limit }) => publisher.log.list(offset, limit),
    'publog.csv': async () => ({ csv: publisher.log.csv() }),
    'import.file': async ({ name, data }) => analyzeFile(name, Buffer.from(data, 'base64'), importContext()),
    'import.expand': async ({ paths }) => ({ files: await expandImportPaths(paths) }),
    'import.path': async ({ path: file }) => analyzeFile(file, await readImportFile(file), importContext()),
    'import.paste': async ({ text, html }) => analyzePaste(text, html, importContext()),
    'import.url': async ({ url, asArticle }) => analyzeUrl(url, importContext(), { asArticle }),
    'handoff.send': async ({ id }) => handoff.send(id),
    'handoff.receive': async ({ name, data }) => handoff.receive(Buffer.from(data, 'base64'), name),
    'handoff.scan': async () => handoff.scanInbox(),
    'handoff.status': async () => handoff.status(),
    'handoff.resolve': async ({ id, keep }) => handoff.resolve(id, keep),
    'backups.view': async () => backups.view(),
    'backups.run': async () => backups.run(),
    'backups.restore': async ({ name, to }) => {
      if (!path.isAbsolute(to)) throw new ApiError('invalid-input', 'error.backup.relativeTarget', `Name the new library folder by its full path, not ${to}.`, { path: to });
      return backups.restore(name, to);
    },
    'dialog.pickFiles': async () => ({ paths: shell.pickFiles ? await shell.pickFiles() : null }),
    'dialog.pickFolder': async () => ({ path: shell.pickFolder ? await shell.pickFolder() : null }),
  } satisfies Handlers;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}
