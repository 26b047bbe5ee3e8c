import type { SiteCheck } from '../../shared/queue';
import { isTemp, readManifest, type SiteFiles } from './push';
import type { Remote } from './remote';

export type SiteDifferences = Pick<SiteCheck, 'files' | 'missing' | 'changed' | 'extra'>;

/**
 * The full check (校验站点): the whole server listed and compared with the site as published,
 * which a push trusts the manifest for. Finds pages deleted or changed in size by hand,
 * pages withdrawn but still there, and temporary files a push cut off left behind.
 */
export async function compareSite(remote: Remote, site: SiteFiles): Promise<SiteDifferences> {
  const [listing, manifest] = await Promise.all([remote.list(), readManifest(remote)]);
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [file, info] of site) {
    const size = listing.get(file);
    if (size === undefined) missing.push(file);
    else if (size !== info.size) changed.push(file);
  }
  // Only what we put there: a file of the server's own (robots.txt, a verification page) stays.
  const extra = [...listing.keys()].filter((file) => isTemp(file) || (file in manifest && !site.has(file)));
  return { files: site.size, missing, changed, extra };
}
