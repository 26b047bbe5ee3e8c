import fs from 'node:fs/promises';
import path from 'node:path';
import { articleFieldsSchema, type ArticleFields } from '../../shared/article';
import { siteProfileSchema, type SiteProfile } from '../../shared/site';
import { assetsDir } from '../paths';

const seedDir = path.join(assetsDir, 'default-library');

/** The sample site's profile (通讯邮递调研网), from the page the customer gave us. */
export async function defaultSite(): Promise<SiteProfile> {
  return siteProfileSchema.parse(JSON.parse(await fs.readFile(path.join(seedDir, 'site.json'), 'utf8')));
}

/** The customer's sample page, as the first article of a new library. */
export async function sampleArticle(): Promise<ArticleFields> {
  return articleFieldsSchema.parse(JSON.parse(await fs.readFile(path.join(seedDir, 'sample-article.json'), 'utf8')));
}
