import { z } from 'zod';
import { articleFieldsSchema, articleIdSchema, type Article, type ArticleSummary } from './article';
import { isRealInstant } from './dates';
import type { Result } from './errors';
import { siteProfileSchema, type SiteProfile } from './site';
import { settingsSchema, type Settings } from './settings';
import { sitePageSlugSchema, type SitePage } from './site-page';
import { deployTargetSchema, type DeployTarget, type TargetCheck, type TargetList } from './deploy-target';
import type { BackupEntry, BackupsView } from './backup';
import type { HandoffStatus, Received } from './handoff';
import type { ImportDraft, UrlImport } from './import/draft';
import type { StoredImage } from './image';
import type { RevisionInfo, StoredRevision } from './revision';
import {
  listQuerySchema,
  searchQuerySchema,
  similarSchema,
  type ArticlePage,
  type LibraryInfo,
  type SearchResult,
} from './library';
import type { AppEvent, Unsubscribe } from './events';
import type { OpeningStatus } from './opening';
import type { JobStatus } from './job';
import { previewKinds } from './preview';
import { queueActions, type Publication, type PublicationRecord, type QueueItem, type QueueView, type SiteCheck } from './queue';

// The contract's data shapes live in their domain modules; re-exported here for the renderer.
export type { ArticlePage, LibraryInfo, ListQuery, ListSort, SearchHit, SearchQuery, SearchResult } from './library';
export { listQuerySchema, listSorts, searchQuerySchema, similarSchema } from './library';
export type { ExportSummary, JobStatus } from './job';

/**
 * The one contract between the renderer and the main process. The preload, the web shell,
 * the handler table and the renderer's client are all typed from this object, and every
 * input is parsed with its schema where it arrives in main.
 */
function call<I extends z.ZodType, O>(input: I) {
  return { input, output: undefined as unknown as O };
}

const nothing = z.object({}).strict();
const byId = z.object({ id: articleIdSchema }).strict();

const createSchema = z.object({ fields: articleFieldsSchema.partial().optional() }).strict();
/** baseRevision: the revision the editor started from; an older one is refused as a conflict. */
const saveSchema = z
  .object({ id: articleIdSchema, baseRevision: z.number().int().min(0), fields: articleFieldsSchema })
  .strict();

export const previewSchema = z
  .object({
    kind: z.enum(previewKinds),
    id: articleIdSchema,
    fields: articleFieldsSchema,
  })
  .strict();

/** out: a full path; a relative one would depend on where the app was started, and is refused. */
const exportSchema = z.object({ out: z.string().min(1).max(4096) }).strict();
const jobSchema = z.object({ id: z.string().max(40) }).strict();
const sitePageInput = z.object({ slug: sitePageSlugSchema, title: z.string().min(1).max(200), bodyHtml: z.string().max(5_000_000) }).strict();

const targetSave = z.object({ target: deployTargetSchema, secret: z.string().max(10_000).optional() }).strict();
const targetId = z.object({ id: deployTargetSchema.shape.id }).strict();
const instant = z.string().refine(isRealInstant, 'not a date and time such as 2026-11-28T10:00:00+08:00');
const enqueueSchema = z.object({ id: articleIdSchema, action: z.enum(queueActions), notBefore: instant.nullable().default(null) }).strict();
const sendBackSchema = z.object({ id: articleIdSchema, note: z.string().max(2000) }).strict();
const itemId = z.object({ id: z.string().max(40) }).strict();
const postponeSchema = z.object({ id: z.string().max(40), notBefore: instant }).strict();
const logQuery = z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict();

const importFile = z.object({ name: z.string().min(1).max(500), data: z.base64().max(72_000_000) }).strict();
const importPaths = z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict();
const importPath = z.object({ path: z.string().min(1).max(4096) }).strict();
const importPaste = z.object({ text: z.string().max(20_000_000), html: z.string().max(20_000_000) }).strict();
/** 采集: a page's address; `asArticle` reads it as one article even when it looks like a list of links. */
const importUrl = z.object({ url: z.string().trim().min(1).max(4096), asArticle: z.boolean().optional() }).strict();

const handoffReceive = z.object({ name: z.string().min(1).max(500), data: z.base64().max(280_000_000) }).strict();
const handoffResolve = z.object({ id: articleIdSchema, keep: z.enum(['mine', 'theirs']) }).strict();

const revisionRef = z.object({ id: articleIdSchema, revision: z.number().int().min(0) }).strict();
const revisionRestore = revisionRef.extend({ baseRevision: z.number().int().min(0) }).strict();

const backupRestore = z.object({ name: z.string().min(1).max(200), to: z.string().min(1).max(4096) }).strict();

const imageInput = z.object({ name: z.string().min(1).max(500), data: z.base64().max(28_000_000) }).strict();

export const api = {
  'library.info': call<typeof nothing, LibraryInfo>(nothing),
  /** Where opening the library is (the opening screen's first look; events tell the rest). Answers at once, while every other call waits for the library. */
  'library.opening': call<typeof nothing, OpeningStatus>(nothing),
  'articles.list': call<typeof listQuerySchema, ArticlePage>(listQuerySchema),
  /** Full-text search, best first, combinable with the list's filters. */
  'articles.search': call<typeof searchQuerySchema, SearchResult>(searchQuerySchema),
  /** The sources and authors in the library, most used first: the list's filter choices. */
  'articles.facets': call<typeof nothing, { sources: string[]; authors: string[] }>(nothing),
  /** Articles whose body is nearly the same as this text (an import that is already in the library). */
  'articles.similar': call<typeof similarSchema, { articles: ArticleSummary[] }>(similarSchema),
  'articles.get': call<typeof byId, Article>(byId),
  'articles.create': call<typeof createSchema, Article>(createSchema),
  'articles.save': call<typeof saveSchema, Article>(saveSchema),
  'articles.duplicate': call<typeof byId, Article>(byId),
  'articles.trash': call<typeof byId, Article>(byId),
  'articles.restore': call<typeof byId, Article>(byId),
  /** Removes a new article nothing was written in (leaving it behind would leave an empty draft). */
  'articles.discardUntouched': call<typeof byId, { discarded: boolean }>(byId),
  /** An image inserted in the editor (file, drop or paste), stored once by its content. */
  'assets.add': call<typeof imageInput, StoredImage>(imageInput),
  /** Of the images an article shows, those the library does not have. */
  'assets.missing': call<typeof byId, { missing: string[] }>(byId),
  /** The kept versions of an article, newest first. */
  'revisions.list': call<typeof byId, RevisionInfo[]>(byId),
  'revisions.get': call<typeof revisionRef, StoredRevision>(revisionRef),
  /** Saves a kept version again, as a new revision; baseRevision as for articles.save. */
  'revisions.restore': call<typeof revisionRestore, Article>(revisionRestore),
  'trash.empty': call<typeof nothing, { removed: number }>(nothing),
  'site.get': call<typeof nothing, SiteProfile>(nothing),
  'site.save': call<typeof siteProfileSchema, SiteProfile>(siteProfileSchema),
  'settings.get': call<typeof nothing, Settings>(nothing),
  'settings.save': call<typeof settingsSchema, Settings>(settingsSchema),
  'sitePages.list': call<typeof nothing, SitePage[]>(nothing),
  'sitePages.save': call<typeof sitePageInput, SitePage>(sitePageInput),
  'preview.render': call<typeof previewSchema, { html: string; url: string }>(previewSchema),
  'site.export': call<typeof exportSchema, JobStatus>(exportSchema),
  'jobs.get': call<typeof jobSchema, JobStatus>(jobSchema),
  'jobs.cancel': call<typeof jobSchema, JobStatus>(jobSchema),
  'targets.list': call<typeof nothing, TargetList>(nothing),
  /** A secret given here is stored apart from the target: encrypted, or in the key file. */
  'targets.save': call<typeof targetSave, DeployTarget>(targetSave),
  'targets.remove': call<typeof targetId, TargetList>(targetId),
  'targets.setActive': call<typeof targetId, TargetList>(targetId),
  'targets.test': call<typeof targetId, TargetCheck>(targetId),
  /** The publisher sends an article back to its editor with a comment. */
  'review.sendBack': call<typeof sendBackSchema, Article>(sendBackSchema),
  /** Approves an article into the queue (now or at notBefore), or queues its withdrawal (撤稿). */
  'queue.add': call<typeof enqueueSchema, QueueItem>(enqueueSchema),
  'queue.view': call<typeof nothing, QueueView>(nothing),
  /** 取消: stops the push under way; 立即发布 resumes it where it stopped. */
  'queue.stopPush': call<typeof nothing, QueueView>(nothing),
  /** 校验站点: the whole server compared with the site as published, and put right. */
  'queue.checkSite': call<typeof nothing, SiteCheck>(nothing),
  'queue.retry': call<typeof itemId, QueueView>(itemId),
  'queue.postpone': call<typeof postponeSchema, QueueView>(postponeSchema),
  'queue.cancel': call<typeof itemId, QueueView>(itemId),
  /** What is live: article id -> the revision on the site. */
  'queue.publications': call<typeof nothing, Record<string, Publication>>(nothing),
  'publog.list': call<typeof logQuery, { records: PublicationRecord[]; total: number }>(logQuery),
  'publog.csv': call<typeof nothing, { csv: string }>(nothing),
  /** One file's bytes (a file chosen or dropped in the window), read into a draft to review. */
  'import.file': call<typeof importFile, ImportDraft>(importFile),
  /** Files and folders on this machine: the importable files among and inside them. */
  'import.expand': call<typeof importPaths, { files: string[] }>(importPaths),
  'import.path': call<typeof importPath, ImportDraft>(importPath),
  'import.paste': call<typeof importPaste, ImportDraft>(importPaste),
  /** A page fetched from its address: one article to review, or a column's list of article links. */
  'import.url': call<typeof importUrl, UrlImport>(importUrl),
  /** "Send to publisher": the article as a .newsdesk package in the outbox folder. */
  'handoff.send': call<typeof byId, { file: string }>(byId),
  /** A package opened or dropped in the window. */
  'handoff.receive': call<typeof handoffReceive, Received>(handoffReceive),
  /** Takes in what waits in the inbox folder now. */
  'handoff.scan': call<typeof nothing, Received[]>(nothing),
  'handoff.status': call<typeof nothing, HandoffStatus>(nothing),
  'handoff.resolve': call<typeof handoffResolve, Article>(handoffResolve),
  /** The backup folder, the schedule's state and the backups there, newest first. */
  'backups.view': call<typeof nothing, BackupsView>(nothing),
  /** 立即备份: a backup now (after any running one), pruned by the retention afterwards. */
  'backups.run': call<typeof nothing, BackupEntry>(nothing),
  /** 恢复到新文件夹: a backup of the list into a new, empty folder (an absolute path), checked first. */
  'backups.restore': call<typeof backupRestore, { path: string; files: number; articles: number }>(backupRestore),
  /** The desktop shell's native dialog for files to import; the web shell answers null. */
  'dialog.pickFiles': call<typeof nothing, { paths: string[] | null }>(nothing),
  /** The desktop shell's native folder dialog; the web shell has none and answers null. */
  'dialog.pickFolder': call<typeof nothing, { path: string | null }>(nothing),
} as const;

export type Api = typeof api;
export type CallName = keyof Api;
export type CallInput<N extends CallName> = z.input<Api[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Api[N]['input']>;
export type CallOutput<N extends CallName> = Api[N]['output'];

/** What main implements: one handler per call, given the parsed input. */
export type Handlers = { [N in CallName]: (input: ParsedInput<N>) => Promise<CallOutput<N>> };
/** What the renderer calls. */
export type Client = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> };
/** The single function a transport (IPC or HTTP) provides. */
export type Invoke = (name: CallName, input: unknown) => Promise<Result<unknown>>;

export const callNames = Object.keys(api) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(api, name);
}

/** What the Electron preload exposes on window.newsdesk. */
export interface NewsdeskBridge {
  invoke: Invoke;
  /** Menu commands from the native menu, such as 'new-article' or 'save'. Returns the unsubscribe. */
  onCommand(listener: (command: AppCommand) => void): Unsubscribe;
  /** The contract's events (shared/events.ts). Returns the unsubscribe. */
  onEvent(listener: (event: AppEvent) => void): Unsubscribe;
}

/** show-received: the desktop shell took in a package opened from the system; the window shows it. */
export const appCommands = ['new-article', 'save', 'show-received'] as const;
export type AppCommand = (typeof appCommands)[number];
