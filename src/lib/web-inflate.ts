/**
 * The browser's inflater: fflate's streaming Inflate, fed in small pieces so that the output of
 * one push stays small (DEFLATE expands at most ~1032:1), counted, and stopped past the limit.
 */
import { Inflate } from 'fflate';
import { InflateOverLimit, type InflateRaw } from '../read/types.js';

const PIECE = 4096;

export const webInflate: InflateRaw = (data, limit) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inf = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateOverLimit();
    chunks.push(chunk);
  });
  for (let p = 0; p < data.length; p += PIECE) inf.push(data.subarray(p, Math.min(p + PIECE, data.length)), p + PIECE >= data.length);
  if (data.length === 0) inf.push(data, true);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let q = 0;
  for (const c of chunks) {
    out.set(c, q);
    q += c.length;
  }
  return out;
};
