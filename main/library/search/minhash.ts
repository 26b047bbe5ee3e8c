/**
 * A body's fingerprint for 已有相似文章: the smallest of K hashes over its four-character
 * shingles (MinHash). The share of equal places in two fingerprints estimates the Jaccard
 * similarity of the two bodies' shingles, so candidates are found by comparing 64 bytes per
 * article instead of reading bodies; the few that come close are then checked on their text.
 */
export const K = 16;

// Odd multipliers and offsets: K hash functions from one 32-bit hash of the shingle.
const multipliers = Uint32Array.from({ length: K }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const offsets = Uint32Array.from({ length: K }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

export function shingleText(body: string): string {
  return body.replace(/\s+/g, '');
}

export function fingerprint(plain: string, out: Uint32Array = new Uint32Array(K), at = 0): Uint32Array {
  out.fill(0xffffffff, at, at + K);
  for (let i = 0; i + 4 <= plain.length; i++) {
    // FNV-1a over the shingle's four UTF-16 units.
    let h = 0x811c9dc5;
    for (let j = i; j < i + 4; j++) h = Math.imul(h ^ plain.charCodeAt(j), 0x01000193);
    for (let k = 0; k < K; k++) {
      const x = (Math.imul(h, multipliers[k]!) + offsets[k]!) >>> 0;
      const v = (x ^ (x >>> 15)) >>> 0;
      if (v < out[at + k]!) out[at + k] = v;
    }
  }
  return out;
}

/** Places where two fingerprints agree, of K. */
export function agreement(all: Uint32Array, at: number, mine: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < K; k++) if (all[at + k] === mine[k]) same++;
  return same;
}
