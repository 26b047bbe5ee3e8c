/** What the editor and the list show about an article's unsaved edits. */
export type SaveState = { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };
