import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeAtomic } from '../atomic-write';
import type { JournalStore } from './push';

/** file -> content hash, of temporary files complete on the server and of files renamed into place. */
const journalSchema = z.object({ where: z.string(), temps: z.record(z.string(), z.string()), placed: z.record(z.string(), z.string()) });

/**
 * The journal of a push to one target, beside its staging folder in the library: what a push
 * cut off (the network, the app closed, 取消) had done, so the next one resumes there.
 */
export function fileJournal(file: string, where: string): JournalStore {
  return {
    async read() {
      try {
        const data = journalSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
        // Kept for one place only: a target moved to another server or folder starts afresh.
        return data.where === where ? { temps: data.temps, placed: data.placed } : null;
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
