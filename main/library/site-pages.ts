import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { nowIso } from '../../shared/dates';
import { sitePageSchema, sitePageSlugs, type SitePage, type SitePageSlug } from '../../shared/site-page';
import { assetsDir } from '../paths';
import { openJson } from './json-file';

/** The site's own pages (本网概况, 联系我们, …), one file each under `pages/`; defaults come from assets. */
export async function readSitePages(libraryDir: string): Promise<SitePage[]> {
  const defaults = await defaultSitePages();
  return Promise.all(
    sitePageSlugs.map(async (slug) => {
      const fallback = defaults.find((p) => p.slug === slug)!;
      try {
        return (await openJson<SitePage>(pageFile(libraryDir, slug), fallback, sitePageSchema)).data;
      } catch {
        return fallback; // a damaged page was moved aside; the default stands in until saved again
      }
    }),
  );
}

export async function writeSitePage(libraryDir: string, page: Omit<SitePage, 'updatedAt'>, zone: string): Promise<SitePage> {
  const saved = { ...page, updatedAt: nowIso(zone) };
  await fs.mkdir(path.join(libraryDir, 'pages'), { recursive: true });
  await new Low<SitePage>(new JSONFile<SitePage>(pageFile(libraryDir, page.slug)), saved).write();
  return saved;
}

function pageFile(libraryDir: string, slug: SitePageSlug) {
  return path.join(libraryDir, 'pages', `${slug}.json`);
}

async function defaultSitePages(): Promise<SitePage[]> {
  const raw = JSON.parse(await fs.readFile(path.join(assetsDir, 'default-library', 'site-pages.json'), 'utf8')) as object[];
  return raw.map((p) => sitePageSchema.parse({ updatedAt: '2023-10-26T00:00:00+08:00', ...p }));
}
