import type { Low } from 'lowdb';
import type { SiteCheck } from '../../shared/queue';
import type { Library } from '../library/library';

interface Data {
  version: 1;
  /** The last full check of each target. */
  checks: Record<string, SiteCheck>;
}

/** The last full check (校验站点) of each target, in `site-checks.json`: shown in the publishing view, and when the next is due. */
export class SiteCheckStore {
  private constructor(private readonly db: Low<Data>) {}

  static async open(library: Library): Promise<SiteCheckStore> {
    const db = await library.openStore<Data>('site-checks.json', { version: 1, checks: {} }, (d) => {
      const data = d as Data;
      if (data?.version !== 1 || typeof data.checks !== 'object' || data.checks === null) throw new Error('not a site check file');
      return data;
    });
    return new SiteCheckStore(db);
  }

  last(targetId: string): SiteCheck | null {
    return this.db.data.checks[targetId] ?? null;
  }

  async save(check: SiteCheck): Promise<void> {
    this.db.data.checks[check.target] = check;
    await this.db.write();
  }
}
