import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

const tempName = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);

/** Writes beside the target, then renames over it: a reader sees the old file or the new one, never half. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temp = tempName(file);
  await fs.writeFile(temp, content);
  await fs.rename(temp, file);
}

export function writeAtomicSync(file: string, content: string | Uint8Array): void {
  const temp = tempName(file);
  fsSync.writeFileSync(temp, content);
  fsSync.renameSync(temp, file);
}
