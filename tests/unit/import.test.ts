import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyzeFile, analyzePaste } from '../../main/import/analyze';
import { defaultSite } from '../../main/library/seed';
import { openLibrary, tempDir } from './helpers';
import { importFixtures, scoreImports } from './import-accuracy';

const context = async () => ({ site: await defaultSite(), summaries: () => [] });

/** A .docx as Word writes it, reduced to what a reader needs: paragraphs in word/document.xml. */
function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    }),
  );
}

describe('import: the test set of reprinted pages', () => {
  it('finds every field of every page exactly', async () => {
    const score = await scoreImports();
    console.log(`import field accuracy: ${score.right}/${score.total} fields over ${score.pages} pages`);
    expect(score.pages).toBeGreaterThanOrEqual(20);
    expect(score.misses).toEqual([]);
  });

  it('reads GBK pages without mojibake, with or without a declared charset', async () => {
    for (const file of ['14-html-gb2312.html', '15-html-gbk-without-charset.html']) {
      const bytes = await fs.readFile(path.join(importFixtures, file));
      expect(bytes.toString('utf8')).not.toContain('邮政管理局'); // really GBK on disk
      const draft = await analyzeFile(file, bytes, await context());
      expect(draft.fields.source).toMatch(/^(河北|山东)省邮政管理局$/);
      expect(draft.body.join('')).not.toMatch(/[\uFFFD]|锟斤拷/);
    }
    const text = iconv.encode('国家邮政局发布通知\n发布时间：2024-01-02 来源：国家邮政局\n通知全文如下，请各单位认真贯彻落实，确保各项工作落到实处，取得实效。', 'gbk');
    const draft = await analyzeFile('通知.txt', text, await context());
    expect(draft.fields).toMatchObject({ title: '国家邮政局发布通知', source: '国家邮政局', publishedAt: '2024-01-02T00:00:00+08:00' });
  });

  it('imports a Word document', async () => {
    const bytes = docx(['省邮政管理局召开安全生产会议', '发布时间：2024-06-01　来源：省邮政管理局　作者：王强', '　　会议强调，要压实企业安全生产主体责任，确保寄递渠道安全畅通。', '　　会议还部署了下一阶段重点工作。']);
    const draft = await analyzeFile('会议.docx', bytes, await context());
    expect(draft.error).toBeNull();
    expect(draft.fields).toMatchObject({ title: '省邮政管理局召开安全生产会议', publishedAt: '2024-06-01T00:00:00+08:00', source: '省邮政管理局', author: '王强' });
    expect(draft.body).toEqual(['会议强调，要压实企业安全生产主体责任，确保寄递渠道安全畅通。', '会议还部署了下一阶段重点工作。']);
  });

  it('takes a paste of a whole page, as text or as HTML', async () => {
    const text = await fs.readFile(path.join(importFixtures, '06-author-first.txt'), 'utf8');
    expect((await analyzePaste(text, '', await context())).fields).toMatchObject({ title: '快递进村成效显著', author: '李华', column: 'kuaidi' });
    const html = await fs.readFile(path.join(importFixtures, '13-html-government-page.html'), 'utf8');
    expect((await analyzePaste('', html, await context())).fields).toMatchObject({ title: '全国邮政管理工作会议在京召开', column: 'yaowen' });
  });
});

describe('import: bad input gets a clear reason', () => {
  const cases: [string, Buffer, string][] = [
    ['空白.txt', Buffer.alloc(0), 'error.import.empty'],
    ['空白.html', Buffer.from('   \n\n  '), 'error.import.empty'],
    ['图片.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'error.import.binary'],
    ['超大.html', Buffer.alloc(50 * 1024 * 1024, 0x61), 'error.import.tooLarge'],
    ['假的.docx', Buffer.from('这不是 Word 文档'), 'error.import.notDocx'],
    ['坏的.docx', Buffer.from('PK\u0003\u0004 truncated'), 'error.import.notDocx'],
    ['空页面.html', Buffer.from('<html><body><script>var a = 1;</script></body></html>'), 'error.import.noArticle'],
    ['表格.xlsx', Buffer.from('PK'), 'error.import.unsupported'],
  ];
  it.each(cases)('%s', async (name, bytes, key) => {
    const draft = await analyzeFile(name, bytes, await context());
    expect(draft.error).toMatchObject({ key });
  });
});

describe('import: duplicates and the command line', () => {
  it('offers the article already in the library: same original link, or same title and date', async () => {
    const library = await openLibrary(await tempDir());
    const sample = library.list({ trash: false, offset: 0, limit: 1 }).items[0]!;
    const summaries = () => library.summaries();
    const byLink = await analyzeFile('01.txt', await fs.readFile(path.join(importFixtures, '01-sample-page.txt')), { site: library.getSite(), summaries });
    expect(byLink.duplicateOf).toEqual({ id: sample.id, title: sample.title });
    const other = await library.create({ title: '快递进村成效显著', publishedAt: '2024-02-01T10:00:00+08:00' });
    const byTitle = await analyzeFile('06.txt', await fs.readFile(path.join(importFixtures, '06-author-first.txt')), { site: library.getSite(), summaries });
    expect(byTitle.duplicateOf).toEqual({ id: other.id, title: other.title });
  });

  it('`newsdesk import --dry-run --json` prints the fields and saves nothing; without it, the articles are saved', async () => {
    const dir = await tempDir();
    const files = ['02-fields-on-separate-lines.txt', '14-html-gb2312.html'].map((f) => path.join(importFixtures, f));
    const cli = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], { encoding: 'utf8' });
    const printed = JSON.parse(cli(['import', ...files, '--library', dir, '--dry-run', '--json']));
    expect(printed).toHaveLength(2);
    expect(printed[0]).toEqual({
      file: files[0],
      title: '江苏省邮政管理局召开2024年全省邮政管理工作会议',
      publishedAt: '2024-01-15T00:00:00+08:00',
      source: '江苏省邮政管理局',
      author: '张明',
      originalUrl: '',
      column: '行业动态',
      body: expect.arrayContaining(['会议指出，全省快递业务量保持较快增长，服务质量稳步提升，行业安全形势总体平稳。']),
    });
    expect(await fs.readdir(path.join(dir, 'articles'))).toHaveLength(1); // the sample only
    const saved = cli(['import', ...files, '--library', dir]);
    expect(saved).toContain('imported 2');
    const library = await openLibrary(dir);
    expect(library.list({ trash: false, offset: 0, limit: 10, text: '河北' }).items[0]).toMatchObject({ source: '河北省邮政管理局', column: 'hangye', status: 'draft' });
  }, 30_000);
});
