/**
 * SHA-256 of a file's content, for the control API's tree read-back (tests compare round trips by
 * hash). Uploads record the hash they computed while streaming; seeded content is hashed on demand
 * and remembered by (seed, size).
 */
import { createHash } from 'node:crypto';
import { contentChunks, type ContentSource } from './content';

const ofBytes = new WeakMap<Uint8Array, string>();
const ofSeeded = new Map<string, string>();
const SEEDED_CACHE_LIMIT = 10_000;

const seededKey = (seed: string, size: number) => `${size}\u0000${seed}`;

export function rememberSha256(source: ContentSource, size: number, hex: string): void {
  if ('bytes' in source) ofBytes.set(source.bytes, hex);
  else {
    if (ofSeeded.size >= SEEDED_CACHE_LIMIT) ofSeeded.clear();
    ofSeeded.set(seededKey(source.seed, size), hex);
  }
}

export function sha256Of(source: ContentSource, size: number): string {
  const known = 'bytes' in source ? ofBytes.get(source.bytes) : ofSeeded.get(seededKey(source.seed, size));
  if (known) return known;
  const hash = createHash('sha256');
  for (const chunk of contentChunks(source, size)) hash.update(chunk);
  const hex = hash.digest('hex');
  rememberSha256(source, size, hex);
  return hex;
}
