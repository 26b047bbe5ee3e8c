import { describe, expect, it } from 'vitest';
import { findIn, replaceIn } from '../../shared/find';

describe('find and replace', () => {
  const q = (text: string, matchCase = false, wholeWord = false) => ({ text, matchCase, wholeWord });
  it('finds Chinese anywhere, Latin with or without case and as whole words', () => {
    expect(findIn('快递员送快递', q('快递'))).toEqual([[0, 2], [4, 6]]);
    expect(findIn('Post post POST postal', q('post'))).toHaveLength(4);
    expect(findIn('Post post POST postal', q('post', true))).toEqual([[5, 9], [15, 19]]);
    expect(findIn('Post post POST postal', q('post', false, true))).toHaveLength(3);
    expect(findIn('a.b a*b', q('a.b'))).toEqual([[0, 3]]);
    expect(findIn('任何', q(''))).toEqual([]);
  });
  it('replaces every match, taking the replacement literally', () => {
    expect(replaceIn('快递员送快递', q('快递'), '寄递')).toBe('寄递员送寄递');
    expect(replaceIn('price', q('price'), '$1 元')).toBe('$1 元');
  });
});
