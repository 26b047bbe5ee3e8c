import type { Low } from 'lowdb';
import { z } from 'zod';
import { deployTargetSchema, type DeployTarget } from '../../shared/deploy-target';
import { ApiError } from '../../shared/errors';
import type { Library } from '../library/library';
import { storeSchema } from '../library/json-file';

const dataSchema = storeSchema(1, {
  /** The target the queue publishes to. */
  active: z.string(),
  targets: z.array(deployTargetSchema),
});
type Data = z.infer<typeof dataSchema>;

/** The deploy targets of a library, in `targets.json`: no secrets in it (see secrets.ts). */
export class TargetStore {
  private constructor(private readonly db: Low<Data>) {}

  static async open(library: Library): Promise<TargetStore> {
    return new TargetStore(await library.openStore<Data>('targets.json', dataSchema, { version: 1, active: '', targets: [] }));
  }

  list(): { targets: DeployTarget[]; active: string } {
    return { targets: this.db.data.targets, active: this.db.data.active };
  }

  get(id: string): DeployTarget {
    const target = this.db.data.targets.find((t) => t.id === id);
    if (!target) throw new ApiError('not-found', 'error.deploy.noTarget', `No deploy target ${id}.`, { id });
    return target;
  }

  active(): DeployTarget | null {
    return this.db.data.targets.find((t) => t.id === this.db.data.active) ?? null;
  }

  async save(target: DeployTarget): Promise<DeployTarget> {
    const at = this.db.data.targets.findIndex((t) => t.id === target.id);
    if (at >= 0) this.db.data.targets[at] = target;
    else this.db.data.targets.push(target);
    if (!this.active()) this.db.data.active = target.id;
    await this.db.write();
    return target;
  }

  async remove(id: string): Promise<void> {
    this.db.data.targets = this.db.data.targets.filter((t) => t.id !== id);
    if (this.db.data.active === id) this.db.data.active = this.db.data.targets[0]?.id ?? '';
    await this.db.write();
  }

  async setActive(id: string): Promise<void> {
    this.get(id);
    this.db.data.active = id;
    await this.db.write();
  }

  /** Pins the server's key or certificate met at the first connection. */
  async pin(id: string, fingerprint: string): Promise<void> {
    await this.save({ ...this.get(id), fingerprint });
  }
}
