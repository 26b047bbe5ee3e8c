import { Index } from 'flexsearch';

/** A set of document numbers, one bit each. */
export type Bits = Uint32Array;

export const wordsFor = (documents: number) => Math.ceil(documents / 32) + 1;
export const hasBit = (bits: Bits, n: number) => (bits[n >>> 5]! & (1 << (n & 31))) !== 0;

/** a ∩= b. */
export function intersect(a: Bits, b: Bits) {
  for (let i = 0; i < a.length; i++) a[i]! &= b[i] ?? 0;
}

/** a ∪= b. */
export function unite(a: Bits, b: Bits) {
  for (let i = 0; i < b.length && i < a.length; i++) a[i]! |= b[i]!;
}

export function count(bits: Bits): number {
  let n = 0;
  for (let v of bits) {
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Calls `visit` with each number in the set, smallest first. */
export function eachBit(bits: Bits, visit: (n: number) => void) {
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!;
    while (v) {
      const low = v & -v;
      visit(w * 32 + 31 - Math.clz32(low));
      v ^= low;
    }
  }
}

/**
 * One field's index. The tokens found in many documents (the 2% of a sample that hold
 * most of the postings: in our corpus about 700 character pairs are in nearly every article)
 * are kept as bit sets, one bit per document: 50,000 articles cost 6 KB per token, where
 * FlexSearch's lists of numbers cost 8 bytes per document and made the index 700 MB and its
 * intersections slow. FlexSearch keeps every other token (the long tail of names, places and
 * words), as its lists are small.
 */
export class FieldIndex {
  readonly flex: Index;
  private readonly common: Map<string, Bits>;

  constructor(commonTokens: Iterable<string>, words: number) {
    this.common = new Map([...commonTokens].map((token) => [token, new Uint32Array(words)]));
    // Tokens arrive already cut (the document's unique tokens, space-separated), frequent ones left out.
    this.flex = new Index({ tokenize: 'strict', encode: (text: string) => text.split(' ').filter(Boolean), fastupdate: false, resolution: 1 });
  }

  get commonTokens(): string[] {
    return [...this.common.keys()];
  }

  /** Makes room for documents up to `words` × 32. */
  grow(words: number) {
    for (const [token, bits] of this.common) {
      if (bits.length >= words) continue;
      const larger = new Uint32Array(words);
      larger.set(bits);
      this.common.set(token, larger);
    }
  }

  add(n: number, tokens: Iterable<string>) {
    const rare: string[] = [];
    for (const token of new Set(tokens)) {
      const bits = this.common.get(token);
      if (bits) bits[n >>> 5]! |= 1 << (n & 31);
      else rare.push(token);
    }
    if (rare.length) this.flex.add(n, rare.join(' '));
  }

  /** Clears a forgotten document from the bit sets (FlexSearch keeps it; its number is dead). */
  clear(n: number) {
    const mask = ~(1 << (n & 31));
    for (const bits of this.common.values()) bits[n >>> 5]! &= mask;
  }

  /** Documents holding the token, added into `into`. */
  addMatches(token: string, into: Bits) {
    const bits = this.common.get(token);
    if (bits) return unite(into, bits);
    for (const n of this.flex.search(token, { limit: into.length * 32 }) as number[]) into[n >>> 5]! |= 1 << (n & 31);
  }

  /** The bit sets as stored: token and bytes (only the words in use). */
  *exportBits(words: number): Generator<[string, Buffer]> {
    for (const [token, bits] of this.common) yield [token, Buffer.from(bits.buffer, bits.byteOffset, Math.min(words, bits.length) * 4)];
  }

  importBits(token: string, bytes: Buffer) {
    const bits = this.common.get(token);
    if (!bits) throw new Error(`unknown token ${token}`);
    if (bytes.length % 4 || bytes.length / 4 > bits.length) throw new Error(`bits of ${token} do not fit`);
    bits.set(new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
  }
}
