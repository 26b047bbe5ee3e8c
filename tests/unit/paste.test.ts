// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, paragraphsOfText } from '../../renderer/editor/paste/clean-paste';

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/paste', name), 'utf8');

describe('paste from Word, WPS and web pages', () => {
  it('Word: no styles, fonts, classes or mso- markup; list paragraphs become lists; Office\'s local images are reported missing', () => {
    const { html, missingImages } = cleanPastedHtml(fixture('word.html'));
    expect(html).toBe(
      [
        '<p style="text-align: center"><b>关于做好寄递安全工作的通知</b></p>',
        '<p>各市邮政管理局：</p>',
        '<p>为做好寄递渠道安全工作，现将有关事项通知如下：</p>',
        '<ol><li><p>严格落实收寄验视制度。</p></li><li><p>加强从业人员安全培训。</p></li></ol>',
        '<ul><li><p>附件一：检查表</p></li><li><p>附件二：联系表</p></li></ul>',
      ].join(''),
    );
    expect(missingImages).toBe(1);
  });

  it('WPS: runs of spans and fonts become plain text, full-width indents go, empty paragraphs too', () => {
    const { html } = cleanPastedHtml(fixture('wps.html'));
    expect(html).toBe('<p>本次检查共抽查快递网点二十个，发现问题<b>五</b>项。</p><p>整改工作已全部完成。</p>');
  });

  it('web pages: links keep only their address, scripts and tracking pixels go', () => {
    const { html, missingImages } = cleanPastedHtml(fixture('web.html'));
    expect(html).toBe('<p>近日，国家邮政局召开<a href="https://www.spb.gov.cn/a.html">专题会议</a>，部署旺季服务保障工作。</p><p>会议要求，各地要<strong>压实责任</strong>。</p>');
    expect(missingImages).toBe(0);
  });

  it('plain text: blank lines separate paragraphs, broken lines are joined', () => {
    expect(paragraphsOfText('　　第一段第一行\n第一段第二行。\r\n\r\n第二段 English\nwords continue.\n\n\n')).toEqual(['第一段第一行第一段第二行。', '第二段 English words continue.']);
  });
});
