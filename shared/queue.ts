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

/** What a push in progress has done so far. */
export interface PushProgress {
  phase: 'render' | 'connect' | 'upload' | 'finish';
  itemIds: string[];
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface QueueView {
  items: QueueItem[];
  running: PushProgress | null;
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
