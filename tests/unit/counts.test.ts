import { describe, expect, it } from 'vitest';
import { countText } from '../../shared/counts';

describe('counts in the status bar', () => {
  it('counts Chinese characters, not words split on spaces, and skips empty paragraphs', () => {
    expect(countText(['近日，河源市邮政管理局召开会议。', '', '  ', 'Newsdesk 编辑台 2.0'])).toEqual({ characters: 16 + 14, paragraphs: 2, minutes: 1 });
  });
  it('counts an emoji or a combined character as one, and estimates reading at 400 characters a minute', () => {
    expect(countText(['点赞👍🏽', 'é']).characters).toBe(4);
    expect(countText(['字'.repeat(30_000)])).toEqual({ characters: 30_000, paragraphs: 1, minutes: 75 });
    expect(countText([])).toEqual({ characters: 0, paragraphs: 0, minutes: 0 });
  });
});
