import { describe, expect, it } from 'vitest';
import { cleanupParagraphs, fullWidthPunctuation } from '../../shared/cleanup';

describe('reprint cleanup', () => {
  it('turns half-width punctuation inside Chinese into full-width, and leaves numbers, times and links alone', () => {
    expect(fullWidthPunctuation('近日,河源、梅州市邮政管理局召开会议,通报交流有关工作情况.')).toBe('近日，河源、梅州市邮政管理局召开会议，通报交流有关工作情况。');
    expect(fullWidthPunctuation('寄递安全“三项制度”,全面抓好安全生产;确保安全!是否落实?')).toBe('寄递安全“三项制度”，全面抓好安全生产；确保安全！是否落实？');
    expect(fullWidthPunctuation('会议要求:一要加强领导(组织保障)')).toBe('会议要求：一要加强领导（组织保障）');
    expect(fullWidthPunctuation('同比增长16.8%,业务量1,190亿件,时间9:30,网址http://gd.spb.gov.cn/a.html')).toBe('同比增长16.8%,业务量1,190亿件，时间9:30,网址http://gd.spb.gov.cn/a.html');
    expect(fullWidthPunctuation('会议时间:9:30')).toBe('会议时间：9:30');
  });

  it('trims full-width indents, joins lines broken mid-sentence, drops empty paragraphs, keeps headings', () => {
    expect(
      cleanupParagraphs([
        '　　近日,河源市邮政管理局与市邮政分公司召开2023年第三季度邮政普遍服务',
        '政企联席会议,通报交流有关工作情况.',
        '　　',
        '',
        '一、提高政治站位',
        '　　持续强化政治担当,强化政企协调联动.',
      ]),
    ).toEqual(['近日，河源市邮政管理局与市邮政分公司召开2023年第三季度邮政普遍服务政企联席会议，通报交流有关工作情况。', '一、提高政治站位', '持续强化政治担当，强化政企协调联动。']);
  });
});
