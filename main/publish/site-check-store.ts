import type { Low } from 'lowdb';
import { z } from 'zod';
import { apiErrorDataSchema } from '../../shared/errors';
import type { SiteCheck } from '../../shared/queue';
import { storeSchema } from '../library/json-file';
import type { Library } from '../library/library';

const checkSchema: z.ZodType<SiteCheck> = z.object({
  at: z.string(),
  target: z.string(),
  files: z.number(),
  missing: z.array(z.string()),
  changed: z.array(z.string()),
  extra: z.array(z.string()),
  repaired: z.boolean(),
  error: apiErrorDataSchema.nullable(),
});
/** The last full check of each target. */
const dataSchema = storeSchema(1, { checks: z.record(z.string(), checkSchema) });
type Data = z.infer<typeof dataSchema>;

/** The last full check (校验站点) of each target, in `site-checks.json`: shown in the publishing view, and when the next is due. */
export class SiteCheckStore {
  private constructor(private readonly db: Low<Data>) {}

  static async open(library: Library): Promise<SiteCheckStore> {
    return new SiteCheckStore(await library.openStore<Data>('site-checks.json', dataSchema, { version: 1, checks: {} }));
  }

  last(targetId: string): SiteCheck | null {
    return this.db.data.checks[targetId] ?? null;
  }

  async save(check: SiteCheck): Promise<void> {
    this.db.data.checks[check.target] = check;
    await this.db.write();
  }
}
