import type { ArticleFields } from '../../shared/article';

/**
 * The editor's text as it was last sent to be saved, kept in the browser's storage until
 * the save succeeds. If the app or the machine dies first, the next opening finds it and
 * compares it with what is on disk.
 */
export interface UnsavedCopy {
  revision: number;
  at: string;
  fields: ArticleFields;
}

const key = (id: string) => `newsdesk.unsaved.${id}`;

export function keepUnsaved(id: string, copy: UnsavedCopy): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(copy));
  } catch {
    // storage full or refused: the save itself is still under way
  }
}

export function readUnsaved(id: string): UnsavedCopy | null {
  try {
    return JSON.parse(localStorage.getItem(key(id)) ?? 'null') as UnsavedCopy | null;
  } catch {
    return null;
  }
}

export function forgetUnsaved(id: string): void {
  localStorage.removeItem(key(id));
}
