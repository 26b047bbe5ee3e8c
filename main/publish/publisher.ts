import fs from 'node:fs/promises';
import path from 'node:path';
import type { DeployTarget, TargetCheck } from '../../shared/deploy-target';
import { instantIso } from '../../shared/dates';
import { ApiError, toErrorData, type ApiErrorData } from '../../shared/errors';
import { retryDelayMs, type PushProgress, type QueueAction, type QueueItem, type QueueView, type SiteCheck } from '../../shared/queue';
import { articleUrl, fileOfUrl } from '../../shared/site-urls';
import type { Library } from '../library/library';
import { SiteBuilder } from '../site/builder';
import { connect, withRemote } from './connect';
import { isTransient } from './deploy-errors';
import { PublicationLog } from './publication-log';
import { PublishedSet, type Change } from './published-set';
import { pace } from './pace';
import { pushSite, readManifest, type UploadProgress } from './push';
import { fileJournal } from './push-journal';
import { compareSite } from './site-check';
import { SiteCheckStore } from './site-check-store';
import { isOpen, QueueStore } from './queue-store';
import type { Secrets } from './secrets';
import { TargetStore } from './targets';
import { Listeners } from '../listeners';

const probeFile = '.newsdesk-probe';
/** How often the queue checks the whole site by itself (校验站点), when it has nothing to push. */
const checkEveryMs = 24 * 60 * 60 * 1000;

export interface RunResult {
  published: QueueItem[];
  failed: QueueItem[];
}

/**
 * Takes due items off the queue and pushes them to the active target in one push: the
 * site is rendered from the published copies plus these items into a staging folder of the
 * library, pushed (push.ts), and only then recorded as published. A failure leaves the
 * published set as it was; the items fail with the reason and, when the server could not
 * be reached, come back by themselves after a growing wait.
 */
export class Publisher {
  private running: PushProgress | null = null;
  /** Pushes and checks, one after the other. */
  private chain: Promise<unknown> = Promise.resolve();
  private busy = 0;
  /** Told as a push moves on (the queue view's `running`). */
  private readonly progress = new Listeners<void>();
  private timer: NodeJS.Timeout | null = null;
  private nextRunAt: number | null = null;
  private stopping: AbortController | null = null;

  private constructor(
    private readonly library: Library,
    readonly queue: QueueStore,
    readonly published: PublishedSet,
    readonly log: PublicationLog,
    readonly targets: TargetStore,
    readonly secrets: Secrets,
    readonly checks: SiteCheckStore,
    private readonly now: () => Date,
  ) {}

  static async open(library: Library, secrets: Secrets, now: () => Date = () => new Date()): Promise<Publisher> {
    return new Publisher(
      library,
      await QueueStore.open(library),
      await PublishedSet.open(library),
      await PublicationLog.open(library),
      await TargetStore.open(library),
      secrets,
      await SiteCheckStore.open(library),
      now,
    );
  }

  /** Calls `listener` when the queue view changes: an item's state, or the running push's progress. */
  onChange(listener: () => void): () => void {
    const offQueue = this.queue.changed.add(listener);
    const offProgress = this.progress.add(listener);
    return () => {
      offQueue();
      offProgress();
    };
  }

  /** Now, or `later` ms from now, as stored. */
  private stamp(later = 0): string {
    return instantIso(new Date(this.now().getTime() + later), this.library.getSite().timezone);
  }

  /** Whether a push is under way: the updater waits for it before restarting. */
  isBusy(): boolean {
    return this.busy > 0;
  }

  view(): QueueView {
    return {
      items: this.queue.items().slice().reverse(),
      running: this.running && { ...this.running },
      lastCheck: this.checks.last(this.targets.active()?.id ?? ''),
      nextRunAt: this.nextRunAt ? instantIso(new Date(this.nextRunAt), this.library.getSite().timezone) : null,
    };
  }

  /** Approves an article into the queue (now, or at `notBefore`), or queues its withdrawal. */
  async enqueue(articleId: string, action: QueueAction, notBefore: string | null): Promise<QueueItem> {
    const by = this.library.getSettings().userName;
    const stamp = this.stamp();
    let article = await this.library.get(articleId);
    if (action === 'publish') {
      article = await this.library.review(articleId, 'approved', '');
    } else if (!this.published.summaries().some((s) => s.id === articleId)) {
      throw new ApiError('conflict', 'error.deploy.notPublished', `Article ${articleId} is not on the site.`, { id: articleId });
    }
    const item = await this.queue.add(action, article, notBefore && Date.parse(notBefore) > this.now().getTime() ? notBefore : null, by, stamp);
    this.schedule(0);
    return item;
  }

  /** "Publish now": a failed, scheduled or waiting item goes at once. */
  async retry(id: string): Promise<void> {
    await this.queue.update([this.openItem(id).id], { state: 'waiting', notBefore: null, retryAt: null });
    this.schedule(0);
  }

  async postpone(id: string, notBefore: string): Promise<void> {
    await this.queue.update([this.openItem(id).id], { state: 'scheduled', notBefore, retryAt: null });
    this.schedule(0);
  }

  async cancel(id: string): Promise<void> {
    const item = this.openItem(id);
    await this.queue.update([item.id], { state: 'cancelled', doneAt: this.stamp() });
  }

  private openItem(id: string): QueueItem {
    const item = this.queue.find(id);
    if (!item || !isOpen(item)) throw new ApiError('not-found', 'error.deploy.itemNotOpen', `No open queue item ${id}.`, { id });
    if (item.state === 'publishing') throw new ApiError('conflict', 'error.deploy.itemBusy', `Item ${id} is being published.`, { id });
    return item;
  }

  /**
   * "Test connection": logs in, lists the site folder and writes and removes a small file,
   * so a wrong password or a folder without write permission shows here, not at the first push.
   */
  async test(id: string): Promise<TargetCheck> {
    const target = this.targets.get(id);
    let seen = '';
    const remote = await connect(target, await this.secrets.get(id), (fp) => (seen = fp));
    // The manifest, not a listing: listing a big site 60 ms away takes hundreds of requests.
    const files = await withRemote(remote, 'test', async (r) => {
      const manifest = await readManifest(r);
      await r.write(probeFile, Buffer.from('newsdesk'));
      await r.remove(probeFile);
      return Object.keys(manifest).length;
    });
    const firstTime = seen !== '' && !target.fingerprint;
    if (firstTime) await this.targets.pin(id, seen);
    return { files, fingerprint: seen, firstTime };
  }

  /** Pushes everything due now; one push (or check) at a time, a second call waits for the first. */
  async runDue(onProgress?: (p: PushProgress) => void): Promise<RunResult> {
    return this.exclusive(() => this.push(onProgress));
  }

  /** 取消: stops the push or check under way; the items wait for 立即发布, which resumes where it stopped. */
  stopPush(): void {
    this.stopping?.abort();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    const run = this.chain.then(async () => {
      this.stopping = new AbortController();
      try {
        return await work();
      } finally {
        this.running = null;
        this.stopping = null;
        this.busy--;
        // The windows hear that nothing runs any more: the items' last change came before this,
        // and without it 校验站点 stayed disabled after a push until something else changed.
        this.progress.emit();
      }
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private startProgress(phase: PushProgress['phase'], itemIds: string[], onProgress?: (p: PushProgress) => void) {
    this.running = { phase, itemIds, files: 0, totalFiles: 0, bytes: 0, totalBytes: 0, bytesPerSecond: 0, secondsLeft: null };
    const report = (patch: Partial<PushProgress>) => {
      this.running = { ...this.running!, ...patch };
      onProgress?.({ ...this.running });
      this.progress.emit();
    };
    const measure = pace();
    const uploaded = (p: UploadProgress) => report({ phase: 'upload', ...p, ...measure(p) });
    return { report, uploaded };
  }

  private async push(onProgress?: (p: PushProgress) => void): Promise<RunResult> {
    const items = this.queue.due(this.now());
    if (!items.length) return { published: [], failed: [] };
    const ids = items.map((i) => i.id);
    const started = performance.now();
    const target = this.targets.active();
    const { report, uploaded: onUpload } = this.startProgress('render', ids, onProgress);
    const signal = this.stopping!.signal;
    await this.queue.update(ids, { state: 'publishing' });
    let uploaded: string[] = [];
    let deleted: string[] = [];
    let bytes = 0;
    try {
      if (!target) throw new ApiError('deploy-error', 'error.deploy.noTarget', 'No deploy target is set: add one in the publishing settings.');
      const changes: Change[] = items.map((item) => ({ id: item.articleId, article: item.action === 'publish' ? this.queue.approvedCopy(item) : undefined }));
      const staging = this.staging(target);
      const built = await new SiteBuilder(this.library).export(staging, (done, total) => report({ files: done, totalFiles: total }), this.published.preview(changes));
      report({ phase: 'connect', files: 0, totalFiles: 0 });
      const remote = await connect(target, await this.secrets.get(target.id), (fp) => this.pinFirst(target, fp));
      const zone = this.library.getSite().timezone;
      const touched = changes.flatMap((c) => (c.article ? [fileOfUrl(articleUrl(c.article, zone))] : []));
      const result = await withRemote(remote, 'upload', (r) =>
        pushSite(r, built.site, { readLocal: (file) => fs.readFile(path.join(staging, ...file.split('/'))), progress: onUpload, signal, journal: this.journal(target), touched }),
      );
      ({ uploaded, deleted, bytes } = result);
      report({ phase: 'finish' });
      const at = this.stamp();
      await this.published.commit(changes, at);
      await this.queue.update(ids, { state: 'published', doneAt: at, error: null, retryAt: null });
      await this.record(target, items, true, null, { uploaded, deleted, bytes, started });
      return { published: ids.map((id) => this.queue.find(id)!), failed: [] };
    } catch (caught) {
      const error = toErrorData(caught);
      for (const item of items) {
        const attempts = item.attempts + 1;
        const retryAt = isTransient(error) ? this.stamp(retryDelayMs(attempts)) : null;
        await this.queue.update([item.id], { state: 'failed', attempts, error, retryAt });
      }
      await this.record(target, items, false, error, { uploaded, deleted, bytes, started });
      return { published: [], failed: ids.map((id) => this.queue.find(id)!) };
    }
  }

  /**
   * 校验站点: lists the whole server and compares it with the site as published (a push trusts
   * the manifest instead); with `repair`, sends again what is missing or changed and removes
   * what is withdrawn and any temporary file a push left. Also runs by itself once a day.
   */
  async checkSite(repair = true, onProgress?: (p: PushProgress) => void): Promise<SiteCheck> {
    return this.exclusive(async () => {
      const target = this.targets.active();
      if (!target) throw new ApiError('deploy-error', 'error.deploy.noTarget', 'No deploy target is set: add one in the publishing settings.');
      const { report, uploaded } = this.startProgress('render', [], onProgress);
      const check: SiteCheck = { at: this.stamp(), target: target.id, files: 0, missing: [], changed: [], extra: [], repaired: false, error: null };
      try {
        const staging = this.staging(target);
        const built = await new SiteBuilder(this.library).export(staging, (done, total) => report({ files: done, totalFiles: total }), this.published);
        report({ phase: 'connect', files: 0, totalFiles: 0 });
        const remote = await connect(target, await this.secrets.get(target.id), (fp) => this.pinFirst(target, fp));
        await withRemote(remote, 'check', async (r) => {
          report({ phase: 'check' });
          Object.assign(check, await compareSite(r, built.site));
          if (repair && check.missing.length + check.changed.length + check.extra.length) {
            await pushSite(r, built.site, {
              readLocal: (file) => fs.readFile(path.join(staging, ...file.split('/'))),
              progress: uploaded,
              signal: this.stopping!.signal,
              journal: this.journal(target),
              resend: [...check.missing, ...check.changed],
              removeAlso: check.extra,
            });
            check.repaired = true;
          }
        });
      } catch (caught) {
        check.error = toErrorData(caught);
      }
      await this.checks.save(check);
      return check;
    });
  }

  private staging(target: DeployTarget) {
    return path.join(this.library.dir, 'staging', target.id);
  }

  private journal(target: DeployTarget) {
    return fileJournal(path.join(this.library.dir, 'staging', `${target.id}.push.json`), `${target.kind}://${target.user}@${target.host}/${target.path}`);
  }

  private async pinFirst(target: DeployTarget, fingerprint: string) {
    if (!target.fingerprint) await this.targets.pin(target.id, fingerprint);
  }

  private async record(
    target: DeployTarget | null,
    items: QueueItem[],
    ok: boolean,
    error: ApiErrorData | null,
    work: { uploaded: string[]; deleted: string[]; bytes: number; started: number },
  ) {
    await this.log.add({
      at: this.stamp(),
      ok,
      target: target?.name ?? '',
      targetKind: target?.kind ?? '',
      user: this.library.getSettings().userName,
      items: items.map((i) => ({ articleId: i.articleId, title: i.title, action: i.action, revision: i.revision })),
      uploaded: work.uploaded,
      deleted: work.deleted,
      bytes: work.bytes,
      ms: Math.round(performance.now() - work.started),
      error,
    });
  }

  /**
   * Runs the queue by itself: at once when asked, otherwise when the next item falls due
   * (looking again at least every minute, in case the computer slept past that time; the
   * library's lock keeps any other process, the CLI included, from adding items meanwhile).
   * Never spins: a failed item waits for its retry time, or for a person.
   */
  start(): void {
    this.auto = true;
    this.schedule(0);
  }

  stop(): void {
    this.auto = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
  }

  /** The daily full check, when the queue has nothing to push and the site has been published. */
  private async checkWhenDue() {
    const target = this.targets.active();
    if (!target || this.queue.due(this.now()).length || !this.published.summaries().length) return;
    const last = this.checks.last(target.id);
    if (last && this.now().getTime() - Date.parse(last.at) < checkEveryMs) return;
    await this.checkSite(true).catch(() => undefined);
  }

  private auto = false;
  private schedule(delay: number) {
    if (!this.auto) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextRunAt = this.now().getTime() + delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runDue()
        .then(() => this.checkWhenDue())
        .finally(() => {
          const next = this.queue.due(this.now()).length ? 0 : (this.queue.nextDue() ?? Infinity) - this.now().getTime();
          this.schedule(Math.min(60_000, Math.max(1000, next)));
        });
    }, delay);
    this.timer.unref?.();
  }
}
