import type { ApiErrorData } from './errors';

export const queueActions = ['publish', 'withdraw'] as const;
export type QueueAction = (typeof queueActions)[number];

/**
 * waiting: due now; scheduled: due at notBefore; failed: with the reason, and retryAt when
 * it will be tried again by itself (a server that could not be reached).
 */
export const queueStates = ['waiting', 'scheduled', 'publishing', 'published', 'failed', 'cancelled'] as const;
export type QueueState = (typeof queueStates)[number];

export interface QueueItem {
  id: string;
  articleId: string;
  title: string;
  action: QueueAction;
  /** The article's revision as approved: that copy is what goes out, whatever is edited after. */
  revision: number;
  state: QueueState;
  notBefore: string | null;
  retryAt: string | null;
  attempts: number;
  error: ApiErrorData | null;
  createdAt: string;
  /** The user name from settings of whoever approved it. */
  by: string;
  doneAt: string | null;
}

/**
 * What a push (or a full check of the site) in progress has done so far: the one progress
 * type of publishing, shown in the publishing view and on the command line.
 */
export interface PushProgress {
  phase: 'render' | 'connect' | 'upload' | 'finish' | 'check';
  itemIds: string[];
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  /** Bytes a second over the last few seconds of the upload; 0 until known. */
  bytesPerSecond: number;
  /** Seconds the upload still needs at the pace so far; null until known. */
  secondsLeft: number | null;
}

/** What the full check of a site (校验站点) found on the server, compared with what was published. */
export interface SiteCheck {
  at: string;
  target: string;
  /** Files the server should have. */
  files: number;
  /** Published files not on the server. */
  missing: string[];
  /** On the server with another size than the published file. */
  changed: string[];
  /** On the server though withdrawn, and temporary files a push cut off left. */
  extra: string[];
  /** Whether the differences were put right (the published files sent again, the extra removed). */
  repaired: boolean;
  error: ApiErrorData | null;
}

export interface QueueView {
  items: QueueItem[];
  running: PushProgress | null;
  /** The last full check of the active target's site. */
  lastCheck: SiteCheck | null;
  /** When the queue will next look for due items by itself. */
  nextRunAt: string | null;
}

/** One push, as the publication log keeps it. */
export interface PublicationRecord {
  id: string;
  at: string;
  ok: boolean;
  target: string;
  targetKind: string;
  user: string;
  items: { articleId: string; title: string; action: QueueAction; revision: number }[];
  uploaded: string[];
  deleted: string[];
  bytes: number;
  ms: number;
  error: ApiErrorData | null;
}

/** What is live on the site for one article. */
export interface Publication {
  revision: number;
  at: string;
  url: string;
}

/** Waits grow with each failed attempt: 30 s, 1 min, 2 min, … up to 30 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
}
