/** What the editor and the list show about an article's unsaved edits. */
export type SaveState = { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** An article's save state (none until it is edited) and the revision on disk. */
export interface SaveStatus {
  state?: SaveState;
  revision: number;
}

/**
 * Save statuses by article, kept outside React's state: a save redraws the label and the list
 * row that show it, not the window around a long article being typed in.
 */
const statuses = new Map<string, SaveStatus>();
const listeners = new Set<() => void>();

export function updateSaveStatus(id: string, change: Partial<SaveStatus>): void {
  statuses.set(id, { revision: 0, ...statuses.get(id), ...change });
  for (const listener of listeners) listener();
}

export function saveStateOf(id: string): SaveState | undefined {
  return statuses.get(id)?.state;
}

/** Calls `listener` after every change of any article's status; returns the unsubscribe. */
export function watchSaveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The revision on disk (0 before the article is loaded). */
export function savedRevisionOf(id: string): number {
  return statuses.get(id)?.revision ?? 0;
}
