/**
 * A minimal PDF writer for tests (objects, then a cross-reference table), and the small PDFs the
 * reader's and the offline page's tests share: one line of text, a scan (an image, no text layer),
 * and PDFs made to hurt a reader.
 */
import { deflateSync } from 'node:zlib';

/** A PDF of the given objects (1-based, object 1 the catalog), with a correct xref table. */
export function pdf(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof o === 'string' ? Buffer.from(o, 'latin1') : o, Buffer.from('\nendobj\n')]);
    parts.push(body);
    size += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

export const stream = (dict: string, data: Buffer): Buffer => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** One page whose content is the given stream (an image only: a scan). */
export function scanned(): Buffer {
  const image = stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.from([0, 255, 255, 0]));
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', Buffer.from('q 500 0 0 700 40 70 cm /Im1 Do Q')),
    image,
  ]);
}

export function withText(): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', Buffer.from('BT /F1 12 Tf 72 760 Td (Report text layer) Tj ET')),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}


/** PDFs an auditor's folder may hold that have no text to read, or are made to hurt, by file name. */
export const HOSTILE_PDFS: Readonly<Record<string, () => Buffer>> = {
  'scan.pdf': scanned,
  // a user password is set: the empty password does not open it (/U does not match)
  'encrypted.pdf': () =>
    pdf(
      ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`],
      `/Encrypt 3 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] `,
    ),
  'damaged.pdf': () => Buffer.from(`%PDF-1.7\n${'\x00\xff garbage '.repeat(50)}`, 'latin1'),
  // a page tree of 7 levels, each node naming the next 10 times: ten million pages in 9 objects
  'page-bomb.pdf': () => {
    const levels = Array.from({ length: 7 }, (_, i) => `<< /Type /Pages /Kids [${`${i + 3} 0 R `.repeat(10)}] /Count ${10 ** (7 - i)} >>`);
    return pdf(['<< /Type /Catalog /Pages 2 0 R >>', ...levels, '<< /Type /Page /MediaBox [0 0 595 842] >>']);
  },
  'nesting-bomb.pdf': () => pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `${'['.repeat(100_000)}${']'.repeat(100_000)}`]),
  // 60 MB of zeros in a 60 KB Flate stream (followed, as streams are, by an end-of-line before
  // endstream): over the 50 MB limit of one inflated entry
  'stream-bomb.pdf': () => {
    const bomb = stream('/Filter /FlateDecode', deflateSync(Buffer.alloc(60 * 1024 * 1024), { level: 9 }));
    return pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', bomb]);
  },
};

/**
 * A landscape page as a virtual printer writes it: a portrait page shown turned (/Rotate 90) whose
 * content is drawn turned the other way (text running up the page), holding a heading, a ruled table
 * of three rows and three columns, and a line under it. `rotate` 0: the same page written upright
 * (MediaBox landscape, nothing turned), to compare with. `borders` 'fill': each border a thin filled
 * rectangle, as Word's "save as PDF" draws them.
 */
export function landscape(rotate: 0 | 90 = 90, borders: 'stroke' | 'fill' = 'stroke'): Buffer {
  // in landscape coordinates (842 wide, 595 high)
  const xs = [72, 272, 422, 572];
  const ys = [480, 455, 430, 405];
  const rows = [
    ['Item', '2024', '2023'],
    ['Salaries', '1,200.00', '1,100.00'],
    ['Total', '1,500.00', '1,380.00'],
  ];
  const ops: string[] = ['0.5 w'];
  // a border stroked as a line, or (as Word's "save as PDF" draws it) filled as a thin rectangle
  for (const y of ys) ops.push(borders === 'stroke' ? `${xs[0]} ${y} m ${xs[3]} ${y} l S` : `${xs[0]} ${y - 0.25} ${xs[3]! - xs[0]!} 0.5 re f`);
  for (const x of xs) ops.push(borders === 'stroke' ? `${x} ${ys[0]} m ${x} ${ys[3]} l S` : `${x - 0.25} ${ys[3]} 0.5 ${ys[0]! - ys[3]!} re f`);
  ops.push('BT /F1 14 Tf 72 520 Td (Table 1 Spending by item) Tj ET');
  rows.forEach((r, i) => r.forEach((t, k) => ops.push(`BT /F1 11 Tf ${xs[k]! + 5} ${ys[i]! - 17} Td (${t}) Tj ET`)));
  ops.push('BT /F1 11 Tf 72 380 Td (Figures in thousands of yuan.) Tj ET');
  const body = ops.join('\n');
  const [box, content] = rotate === 90 ? ['[0 0 595 842] /Rotate 90', `q 0 1 -1 0 595 0 cm\n${body}\nQ`] : ['[0 0 842 595]', body];
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    stream('', Buffer.from(content)),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}
