import type { ArticleFields } from './article';

/** One kept version of an article, as the history lists it. */
export interface RevisionInfo {
  revision: number;
  at: string;
  /** The user name in settings of whoever saved it. */
  by: string;
  title: string;
  /** Characters of body text, to tell versions apart at a glance. */
  length: number;
}

export interface StoredRevision extends Omit<RevisionInfo, 'title' | 'length'> {
  hash: string;
  fields: ArticleFields;
}

/** Always kept: the newest this many; older ones, the last of each day. */
export const keptRecent = 50;

/** Which revisions to keep (oldest first in, oldest first out), by day in the site's zone. */
export function keptRevisions(all: StoredRevision[], dayOf: (iso: string) => string): StoredRevision[] {
  const recent = all.slice(-keptRecent);
  const older = all.slice(0, Math.max(0, all.length - keptRecent));
  const lastOfDay = new Map<string, StoredRevision>();
  for (const r of older) lastOfDay.set(dayOf(r.at), r);
  return [...lastOfDay.values(), ...recent];
}
