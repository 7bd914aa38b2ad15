/**
 * Just enough zip for a .docx: the central directory, and inflating one entry under a limit.
 *
 * Input: the whole file's bytes. Output: the entry list (by lower-cased name), and an entry's
 * inflated bytes. Invariants:
 * - Only the central directory is trusted for names and offsets (local headers may carry zero
 *   sizes when a data descriptor follows); each entry's data is checked to lie inside the file.
 * - An entry is refused ('zip-bomb') when its declared size exceeds the limit, and inflating
 *   stops as soon as the real output exceeds it, whatever the headers claim (zlib's
 *   maxOutputLength: at most the limit is ever held).
 * - Anything truncated or inconsistent is 'corrupt-zip'. Zip64 directories are understood.
 */
// The inflater is passed in (no node: import here): Node's zlib for the CLI, 2.5x faster than
// fflate's JavaScript inflate on a report's parts (npm run bench); fflate in the browser page.
import { InflateOverLimit, ReadError, type InflateRaw } from './types.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const names = new TextDecoder('utf-8');

const u16 = (b: Uint8Array, p: number): number => b[p]! | (b[p + 1]! << 8);
const u32 = (b: Uint8Array, p: number): number => (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, p: number): number => u32(b, p) + u32(b, p + 4) * 0x1_0000_0000;

function corrupt(detail: string, detailEn: string): ReadError {
  return new ReadError(
    'corrupt-zip',
    `文件已损坏或不完整（${detail}），无法作为 .docx 打开：请重新导出或重新下载该文件`,
    `the file is damaged or incomplete (${detailEn}) and cannot be opened as a .docx: export or download it again`,
  );
}

/** Reads the central directory. Keys are lower-cased names (OPC part names ignore case). */
export function readZipDirectory(b: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEocd(b);
  if (eocd < 0) throw corrupt('找不到 zip 目录，文件可能被截断', 'no zip directory found; the file may be truncated');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw corrupt('zip64 目录定位信息缺失', 'the zip64 directory locator is missing');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw corrupt('zip64 目录损坏', 'the zip64 directory is damaged');
    count = u64(b, z + 32);
    cdSize = u64(b, z + 40);
    cdOffset = u64(b, z + 48);
  }
  if (cdOffset + cdSize > b.length) throw corrupt('zip 目录超出文件末尾，文件可能被截断', 'the zip directory runs past the end of the file; it may be truncated');
  const out = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw corrupt('zip 目录项损坏', 'a zip directory entry is damaged');
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const next = p + 46 + nameLen + extraLen + u16(b, p + 32);
    if (next > b.length) throw corrupt('zip 目录项超出文件末尾', 'a zip directory entry runs past the end of the file');
    const name = names.decode(b.subarray(p + 46, p + 46 + nameLen));
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    let localOffset = u32(b, p + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extra field: the 64-bit values present are those whose 32-bit field is all ones.
      for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; e += 4 + u16(b, e + 2)) {
        if (u16(b, e) !== 1) continue;
        let q = e + 4;
        if (size === 0xffffffff) (size = u64(b, q)), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(b, q)), (q += 8);
        if (localOffset === 0xffffffff) localOffset = u64(b, q);
        break;
      }
    }
    const key = name.toLowerCase();
    if (!out.has(key)) {
      out.set(key, { name, method: u16(b, p + 10), flags: u16(b, p + 8), compressedSize, size, localOffset });
    }
    p = next;
  }
  return out;
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let p = b.length - 22; p >= min; p--) {
    if (b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 0x05 && b[p + 3] === 0x06) return p;
  }
  return -1;
}

/** Inflates one entry, refusing more than `limit` bytes of output. */
export function inflateEntry(b: Uint8Array, e: ZipEntry, limit: number, inflate: InflateRaw): Uint8Array {
  if (e.flags & 1) throw new ReadError('unsupported', `${e.name} 已加密，无法读取：请取消密码后另存为 .docx`, `${e.name} is encrypted and cannot be read: remove the password and save as .docx`);
  if (e.size > limit) throw bomb(`${e.name} 声明解压后有 ${e.size} 字节，`, `${e.name} declares ${e.size} bytes unpacked, which is `, limit);
  const lo = e.localOffset;
  if (lo + 30 > b.length || u32(b, lo) !== 0x04034b50) throw corrupt(`${e.name} 的数据头损坏`, `the header of ${e.name} is damaged`);
  const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw corrupt(`${e.name} 的数据超出文件末尾，文件可能被截断`, `the data of ${e.name} runs past the end of the file; it may be truncated`);
  const data = b.subarray(start, end);
  if (e.method === 0) {
    if (data.length > limit) throw bomb(`${e.name} 有 ${data.length} 字节，`, `${e.name} has ${data.length} bytes, `, limit);
    return data;
  }
  if (e.method !== 8) throw new ReadError('unsupported', `${e.name} 使用了不支持的压缩方式（${e.method}）：请在 Word 中另存为 .docx`, `${e.name} uses an unsupported compression method (${e.method}): save it as .docx in Word`);

  const overLimit = (): ReadError => bomb(`${e.name} 实际解压后的大小（文件头声明 ${e.size} 字节）`, `the unpacked size of ${e.name} (its header declares ${e.size} bytes) is `, limit);
  let out: Uint8Array;
  try {
    out = inflate(data, limit);
  } catch (err) {
    if (err instanceof InflateOverLimit) throw overLimit();
    throw corrupt(`${e.name} 的压缩数据损坏`, `the compressed data of ${e.name} is damaged`);
  }
  // an inflater's bound may be at least 1 byte: a limit of 0 is checked here
  if (out.length > limit) throw overLimit();
  return out;
}

function bomb(what: string, whatEn: string, limit: number): ReadError {
  return new ReadError('zip-bomb', `${what}超过上限 ${limit} 字节：疑似“压缩炸弹”，已拒绝读取`, `${whatEn}over the limit of ${limit} bytes: a suspected zip bomb, refused`);
}
