/**
 * The page's packed scripts: raw-DEFLATE-compressed, base-85-encoded text in an inert element
 * (`<script type="application/x-jixiao-…">`, which the browser neither parses nor runs), as
 * scripts/build-page.mjs writes it. Shared by the boot script (the page's own code, run at load)
 * and pdfjs.ts (pdf.js, run when the first PDF arrives).
 */
import { inflateSync } from 'fflate';

/** The base-85 digits, in order; no '<', so the text cannot end its element. Also in build-page.mjs. */
export const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%()*+-./:;=>?@[]^_|~';

/** The text an inert element packs (decoded, inflated, UTF-8); throws DamagedPack when it is not whole. */
export async function unpack(el: HTMLElement): Promise<string> {
  const size = Number(el.dataset['bytes']);
  if (!Number.isInteger(size) || size <= 0) throw new DamagedPack();
  return new TextDecoder().decode(await inflate(decode85(el.textContent ?? '', size)));
}

/** Packed text that is cut short or holds a digit that is none. */
export class DamagedPack extends Error {
  constructor() {
    super('packed script damaged');
  }
}

/** The browser's own inflater where there is one (several times faster than fflate here), else fflate's. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'function') {
    try {
      const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    } catch {
      // 'deflate-raw' came after 'deflate' in some browsers: fflate below
    }
  }
  return inflateSync(data);
}

/** Base-85 text (groups of 5 digits, each 4 bytes big-endian) → its first `size` bytes. */
export function decode85(text: string, size: number): Uint8Array {
  const digit = new Uint8Array(128).fill(255);
  for (let i = 0; i < BASE85.length; i++) digit[BASE85.charCodeAt(i)] = i;
  const groups = Math.ceil(size / 4);
  const out = new Uint8Array(groups * 4);
  let p = 0;
  for (let g = 0; g < groups; g++) {
    let v = 0;
    for (let k = 0; k < 5; k++) {
      let c = text.charCodeAt(p++);
      while (c === 10 || c === 13 || c === 32 || c === 9) c = text.charCodeAt(p++);
      const d = c < 128 ? digit[c]! : 255;
      if (d === 255) throw new DamagedPack();
      v = v * 85 + d;
    }
    out[g * 4] = v >>> 24;
    out[g * 4 + 1] = (v >>> 16) & 255;
    out[g * 4 + 2] = (v >>> 8) & 255;
    out[g * 4 + 3] = v & 255;
  }
  return out.subarray(0, size);
}

/** Runs text as an inline script (the page's CSP lets exactly the texts it packs run: their sha-256 are in script-src). */
export function runInline(text: string): void {
  const script = document.createElement('script');
  script.textContent = text;
  document.head.append(script); // an inline script runs as it is inserted
  script.remove();
}
