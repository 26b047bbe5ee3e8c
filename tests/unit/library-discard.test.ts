import { describe, expect, it } from 'vitest';
import { openLibrary, tempDir } from './helpers';

describe('an untouched new article left behind', () => {
  it('is removed from the list and the search, and the windows are told (their lists follow the events)', async () => {
    const library = await openLibrary(await tempDir());
    const before = library.list({}).total;
    const article = await library.create({});
    const told: string[][] = [];
    const off = library.changed.add((ids) => told.push(ids));
    expect(await library.discardUntouched(article.id)).toEqual({ discarded: true });
    off();
    expect(told).toEqual([[article.id]]);
    expect(library.list({}).total).toBe(before);
    expect(library.list({ find: article.id }).index).toBeUndefined();
  });
});
