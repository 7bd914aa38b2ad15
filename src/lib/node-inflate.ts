/**
 * The Node platform's inflater: zlib's inflateRawSync, 2.5x faster than fflate's JavaScript
 * inflate on a report's parts, and no JIT warm-up in a batch (npm run bench). zlib's
 * maxOutputLength stops it as soon as the real output exceeds the limit: at most the limit is held.
 */
import { constants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { InflateOverLimit, type InflateRaw } from '../read/types.js';

export const nodeInflate: InflateRaw = (data, limit) => {
  try {
    // zlib refuses a maxOutputLength beyond the largest Buffer (4 GB): a limit above it is no limit
    return inflateRawSync(data, { maxOutputLength: Math.min(Math.max(1, limit), constants.MAX_LENGTH) });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateOverLimit();
    throw err;
  }
};
