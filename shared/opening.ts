import type { ApiErrorData } from './errors';
import type { Settings } from './settings';

/**
 * What opening the library is doing, for the opening screen (正在打开资料库…):
 *   library     taking the lock, reading the site profile and the settings
 *   catalogue   reading the catalogue (the list of every article)
 *   checking    after an unclean close: looking at every article file's time (`done` of `total`)
 *   reading     after an unclean close: reading the article files changed since the catalogue was written
 *   rebuilding  the catalogue is damaged: reading every article file to write it again
 *   services    the publish queue, the inbox and the backups
 */
export type OpeningStep =
  | { step: 'library' | 'catalogue' | 'services' }
  | { step: 'checking' | 'reading' | 'rebuilding'; done: number; total: number };

/** Where opening is: under way (with the language once the settings are read), open, or failed with its error. */
export type OpeningStatus =
  | { state: 'opening'; step: OpeningStep; language?: Settings['language'] }
  | { state: 'open' }
  | { state: 'failed'; error: ApiErrorData; language?: Settings['language'] };
