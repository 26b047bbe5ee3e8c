import fs from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../atomic-write';
import type { JournalStore, PushJournal } from './push';

/**
 * The journal of a push to one target, beside its staging folder in the library: what a push
 * cut off (the network, the app closed, 取消) had done, so the next one resumes there.
 */
export function fileJournal(file: string, where: string): JournalStore {
  return {
    async read() {
      try {
        const data = JSON.parse(await fs.readFile(file, 'utf8')) as PushJournal & { where?: string };
        // Kept for one place only: a target moved to another server or folder starts afresh.
        return data?.where === where && typeof data.temps === 'object' && typeof data.placed === 'object' ? { temps: data.temps, placed: data.placed } : null;
      } catch {
        return null; // none, or damaged: the push redoes what the pending list names
      }
    },
    async write(journal) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeAtomic(file, JSON.stringify({ where, ...journal }));
    },
    clear: () => fs.rm(file, { force: true }),
  };
}
