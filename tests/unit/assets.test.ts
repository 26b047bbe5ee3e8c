import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteBuilder } from '../../main/site/builder';
import { fieldsOf } from '../../shared/article';
import { shownSize } from '../../shared/image';
import { png } from '../png';
import { openLibrary, tempDir } from './helpers';

describe('images in the library', () => {
  it('stores an image once under its content hash, with its size', async () => {
    const library = await openLibrary(await tempDir());
    const image = png(1200, 300);
    const first = await library.assets.add('照片.png', image);
    const again = await library.assets.add('同一张.png', image);
    expect(first).toEqual(again);
    expect(first).toMatchObject({ src: expect.stringMatching(/^\/assets\/[0-9a-f]{20}\.png$/), width: 1200, height: 300 });
    expect(await fs.readdir(path.join(library.dir, 'assets'))).toHaveLength(1);
    expect(shownSize(first.width, first.height)).toEqual({ width: 760, height: 190 });
  });

  it('refuses what is not an image, an SVG, and a file over 20 MB, saying which', async () => {
    const library = await openLibrary(await tempDir());
    await expect(library.assets.add('文字.png', Buffer.from('不是图片'))).rejects.toMatchObject({ key: 'error.image.unreadable', params: { name: '文字.png' } });
    await expect(library.assets.add('图.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'))).rejects.toMatchObject({ key: 'error.image.unreadable' });
    await expect(library.assets.add('截断.png', png(10, 10).subarray(0, 20))).rejects.toMatchObject({ key: 'error.image.unreadable' });
    await expect(library.assets.add('大.png', Buffer.alloc(21 * 1024 * 1024))).rejects.toMatchObject({ key: 'error.image.tooLarge' });
  });

  it('travel with the site: copied to /assets/, shown in a figure with its caption, and as a cover in lists', async () => {
    const library = await openLibrary(await tempDir());
    const stored = await library.assets.add('图.png', png(800, 400));
    const article = await library.get(library.list({ trash: false, offset: 0, limit: 1 }).items[0]!.id);
    const figure = `<figure><img src="${stored.src}" alt="会议现场" width="760" height="380"><figcaption>会议现场</figcaption></figure>`;
    await library.save(article.id, article.revision, { ...fieldsOf(article), bodyHtml: `<p>正文</p>${figure}`, cover: stored.src });
    const out = await tempDir('newsdesk-site-');
    await new SiteBuilder(library).export(out);
    expect(await fs.readFile(path.join(out, stored.src))).toEqual(png(800, 400));
    const page = await fs.readFile(path.join(out, `jiandu/202310/${article.id}.html`), 'utf8');
    expect(page).toContain(`<figure><img src="${stored.src}" alt="会议现场" width="760" height="380" /><figcaption>会议现场</figcaption></figure>`);
    expect(await fs.readFile(path.join(out, 'jiandu/index.html'), 'utf8')).toContain(`<img class="cover" src="${stored.src}"`);
  });
});
