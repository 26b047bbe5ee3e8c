import type { ArticleFields } from '../../shared/article';

/**
 * The editor's text as it was when a save failed (the app's server gone, the disk full), kept
 * in the browser's storage until a save succeeds. The next opening finds it and compares it
 * with what is on disk.
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
    kept.add(id);
  } catch {
    // storage full or refused: the failure itself is still shown
  }
}

export function readUnsaved(id: string): UnsavedCopy | null {
  try {
    return JSON.parse(localStorage.getItem(key(id)) ?? 'null') as UnsavedCopy | null;
  } catch {
    return null;
  }
}

/** Ids with a copy kept: most saves have none to remove, and pay nothing for it. */
const kept = new Set<string>();

export function forgetUnsaved(id: string): void {
  if (!kept.has(id) && localStorage.getItem(key(id)) === null) return;
  kept.delete(id);
  localStorage.removeItem(key(id));
}
