import crypto from 'node:crypto';

/** The checksum list's name, in `sha256sum` format so `sha256sum -c SHA256SUMS` checks a folder backup by hand. */
export const checksumListName = 'SHA256SUMS';

export function sha256(data: Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** One line per file: the hash, two spaces, the path inside the backup. */
export function formatChecksums(sums: Map<string, string>): string {
  return [...sums].map(([name, hash]) => `${hash}  ${name}\n`).join('');
}

/** The list as written; null when a line is not `HASH  PATH` (the list itself is damaged). */
export function parseChecksums(text: string): { sums: Map<string, string>; badLine: number | null } {
  const sums = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line && i === lines.length - 1) break;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match || sums.has(match[2]!)) return { sums, badLine: i + 1 };
    sums.set(match[2]!, match[1]!);
  }
  return { sums, badLine: null };
}
