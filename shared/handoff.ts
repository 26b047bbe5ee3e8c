import type { Article } from './article';

/** What `article.json` inside a .newsdesk package holds. */
export interface PackageManifest {
  format: 'newsdesk-article';
  version: 1;
  article: Article;
  /** The sender's user name from settings. */
  sender: string;
  sentAt: string;
}

export const packageExtension = '.newsdesk';
/** Larger packages are refused before they are read. */
export const maxPackageBytes = 200 * 1024 * 1024;

/** What receiving one package did. */
export interface Received {
  file: string;
  outcome: 'new' | 'updated' | 'unchanged' | 'conflict' | 'refused';
  articleId?: string;
  title?: string;
  /** Why a package was refused, as an i18n key with params. */
  reason?: { key: string; params?: Record<string, string | number>; message: string };
}

/** An article changed on both sides: the publisher chooses. */
export interface Conflict {
  articleId: string;
  sender: string;
  at: string;
  mine: Article;
  theirs: Article;
}

export interface HandoffStatus {
  /** What the last look at the inbox found, newest first. */
  recent: Received[];
  conflicts: Conflict[];
}
