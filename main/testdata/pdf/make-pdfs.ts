/**
 * Test PDFs, made here rather than downloaded: a multi-page, two-column report typeset with pdf-lib (its
 * own small typesetter below: line breaking, hyphenation at marked points, running heads, page numbers),
 * a scanned page (an image and no text), and hand-written PDFs that are broken or hostile on purpose
 * (encrypted, truncated, a page-count bomb, a decompression bomb, deep nesting).
 *
 * `npx tsx main/testdata/pdf/generate.ts` writes the committed fixtures (report.pdf, scan.pdf) from these.
 * The report's text is invented for these tests.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export const REPORT = {
  title: 'Harbour Water Quality Review 2024',
  authors: ['Mara Lindqvist', 'Tomás Okafor'],
  date: '2024-03-14',
  runningHead: 'Harbour Water Quality Review 2024',
};

/** The report's paragraphs: `#` starts a heading; `|` marks where a word may be hyphenated at a line end. */
export const REPORT_TEXT: string[] = [
  '# Summary',
  'Monitoring stations around the inner harbour recorded cleaner water in every season of the year than in the year before. The share of samples meeting the bathing standard rose from 71 to 84 percent, and the number of days with an algae warning fell from nineteen to six.',
  'The improvement follows the completion of the storm overflow tunnel in the spring, which now holds rain water that used to reach the harbour untreated after heavy show|ers. Stations near the old outfalls show the largest gains, while the outer stations changed little.',
  '# Background',
  'The harbour authority has sampled water at twelve fixed stations since 2009. Samples are taken weekly from May to September and monthly in the colder months, and are analysed for bacteria, nutri|ents, dissolved oxygen and turbidity by the regional laboratory.',
  'Before the tunnel opened, a single evening of heavy rain could send the bacteria counts at the western stations above the bathing limit for three or four days. Fishermen and the rowing clubs have asked for a warning system for more than a decade, and the council agreed in 2021 to fund the sensors that now report every hour.',
  '# Findings',
  'Bacteria counts fell at nine of the twelve stations. The median count at the western stations dropped by more than half, and the highest single reading of the year was a third of the highest reading the year before. Counts at the three eastern stations stayed within the range of earlier years, as expected, since no overflow drains into that part of the harbour.',
  'Nutrient levels tell a more mixed story. Nitrate concentrations declined slightly, but phosphate rose at the stations closest to the new marina, where the dredging of the basin stirred up old sedi|ments during the summer months. The laboratory expects these values to settle once the works are finished.',
  'Dissolved oxygen stayed above the level that fish need at all stations and in all months, which no earlier year of the series can show. The late summer dip that used to follow warm, still weeks was shallower than in any year on record, which the authors attribute to the smaller load of organic matter reaching the water after storms.',
  'Turbidity was higher than usual in July and August, again near the marina. Divers from the rowing club reported that visibility under the pier improved markedly in the autumn, once the dredging had stopped.',
  '# Sensors and sampling',
  'The hourly sensors were installed at four stations in April. They measure temperature, conductivity, turbidity and dissolved oxygen, and send their readings by radio to the harbour office. Over the year they were out of service for eleven days in total, mostly after a ferry wake tore one buoy from its mooring in June.',
  'Comparing the sensor readings with the weekly samples shows that turbidity and oxygen agree closely, while the sensors cannot yet stand in for the laboratory on bacteria. A rise in turbidity after rain does, however, give a useful early sign that bacteria counts are about to climb, often a full day before the laboratory results are in.',
  'The sampling team also changed how samples are taken at the pier. Since July they are drawn at half a metre below the surface rather than at the surface itself, following the national guidance, which makes this year\'s pier results slightly lower than they would otherwise have been. The difference is small, and the authors have corrected for it in the comparisons above.',
  'Public interest in the results has grown. The weekly bulletin now reaches more than three thousand subscribers, and the harbour office answered some four hundred questions from swimmers, anglers and parents of children in the sailing school over the summer.',
  '# Recommendations',
  'The authors recommend keeping the weekly sampling at the western stations for at least two more years, so that the effect of the tunnel can be told apart from the natural variation between wet and dry summers. They also recommend adding two stations inside the marina basin and publishing the hourly sensor readings on the harbour website, where swimmers and boat owners can see them before they go out.',
  'Where the money for these changes should come from is a question for the council. The authors note that the sensors cost less to run than the weekly boat trips they could partly replace, and that the marina operator has offered to pay for the stations inside the basin.',
  'Finally, the review asks the council to keep the tunnel pumps under a maintenance contract with a guaranteed response time, since a single failure during a storm would undo much of what the monitoring has shown this year.',
];

const PAGE = { width: 500, height: 700 };
const MARGIN = { left: 56, right: 56, top: 64, bottom: 64 };
const GUTTER = 20;
const BODY = { size: 12, leading: 16, paragraphGap: 8 };
const HEADING = { size: 14.5, before: 10, after: 4 };

export interface ReportOptions {
  /** Write the document information and XMP metadata (default true). */
  metadata?: boolean;
}

/** The two-column report: a full-width title block on page 1, then columns on every page. */
export function reportPdf(options: ReportOptions = {}): Promise<Uint8Array> {
  return twoColumnPdf({
    title: REPORT.title,
    authors: REPORT.authors,
    date: REPORT.date,
    dateLine: '14 March 2024',
    paragraphs: REPORT_TEXT,
    runningHead: REPORT.runningHead,
    metadata: options.metadata ?? true,
  });
}

export interface TwoColumnDocument {
  title: string;
  authors: string[];
  /** ISO date for the metadata, and the date line printed under the authors. */
  date: string;
  dateLine: string;
  /** `#` starts a heading; `|` marks where a word may be hyphenated at a line end. */
  paragraphs: string[];
  runningHead: string;
  metadata: boolean;
}

/** Typesets a document in two columns under a full-width title block, with running heads and page numbers. */
export async function twoColumnPdf(spec: TwoColumnDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  if (spec.metadata) {
    doc.setTitle(spec.title);
    doc.setAuthor(spec.authors.join('; '));
    doc.setCreationDate(new Date(`${spec.date}T09:30:00Z`));
    doc.setModificationDate(new Date(`${spec.date}T09:30:00Z`));
    doc.setProducer('Dossier test fixture generator (pdf-lib)');
    doc.setCreator('Dossier test fixture generator (pdf-lib)');
    addXmp(doc, spec);
  }

  const pages: PDFPage[] = [];
  const newPage = () => {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    return page;
  };
  let page = newPage();
  // Title block, full width.
  let y = PAGE.height - MARGIN.top - 22;
  for (const line of breakLines(spec.title, bold, 20, PAGE.width - MARGIN.left - MARGIN.right)) {
    page.drawText(line, { x: MARGIN.left, y, size: 20, font: bold });
    y -= 24;
  }
  y -= 2;
  page.drawText(spec.authors.length > 1 ? `${spec.authors.slice(0, -1).join(', ')} and ${spec.authors.at(-1)}` : spec.authors.join(''), { x: MARGIN.left, y, size: 12, font: regular });
  y -= 17;
  page.drawText(spec.dateLine, { x: MARGIN.left, y, size: 10, font: regular });
  y -= 34;

  const columnWidth = (PAGE.width - MARGIN.left - MARGIN.right - GUTTER) / 2;
  let column = 0;
  let top = y;
  let cursor = top;
  const nextColumn = () => {
    column++;
    if (column === 2) {
      page = newPage();
      column = 0;
      top = PAGE.height - MARGIN.top;
    }
    cursor = top;
  };
  const xOf = () => MARGIN.left + column * (columnWidth + GUTTER);

  for (const raw of spec.paragraphs) {
    const heading = raw.startsWith('# ');
    const font = heading ? bold : regular;
    const size = heading ? HEADING.size : BODY.size;
    const leading = heading ? HEADING.size * 1.3 : BODY.leading;
    if (heading) {
      if (cursor !== top) cursor -= HEADING.before;
      // A heading never stands alone at the foot of a column.
      if (cursor - leading * 3 < MARGIN.bottom) nextColumn();
    } else if (cursor !== top) {
      cursor -= BODY.paragraphGap;
    }
    for (const line of breakLines(heading ? raw.slice(2) : raw, font, size, columnWidth)) {
      if (cursor - leading < MARGIN.bottom) nextColumn();
      cursor -= leading;
      page.drawText(line, { x: xOf(), y: cursor, size, font });
    }
    if (heading) cursor -= HEADING.after;
  }

  pages.forEach((p, i) => {
    const number = String(i + 1);
    p.drawText(number, { x: (PAGE.width - regular.widthOfTextAtSize(number, 9)) / 2, y: 34, size: 9, font: regular });
    if (i > 0) p.drawText(spec.runningHead, { x: MARGIN.left, y: PAGE.height - 40, size: 9, font: regular });
  });
  return doc.save({ useObjectStreams: false });
}

/** Greedy line breaking; a word that does not fit is hyphenated at its last marked point that fits. */
export function breakLines(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const plain = word.replace(/\|/g, '');
    const candidate = line ? `${line} ${plain}` : plain;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    const parts = word.split('|');
    let split = -1;
    for (let k = parts.length - 1; k > 0; k--) {
      const head = parts.slice(0, k).join('');
      if (fits(line ? `${line} ${head}-` : `${head}-`)) {
        split = k;
        break;
      }
    }
    if (split > 0) {
      lines.push(`${line ? `${line} ` : ''}${parts.slice(0, split).join('')}-`);
      line = parts.slice(split).join('');
    } else {
      if (line) lines.push(line);
      line = plain;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function addXmp(doc: PDFDocument, spec: TwoColumnDocument): void {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(spec.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq>${spec.authors.map((a) => `<rdf:li>${esc(a)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>
   <xmp:CreateDate>${spec.date}T09:30:00Z</xmp:CreateDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** A scanned page: a grey image of "lines of text" and no text layer at all. */
export async function scannedPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const image = await doc.embedPng(stripesPng(400, 520));
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.drawImage(image, { x: 56, y: 136, width: 500, height: 650 });
  }
  return doc.save({ useObjectStreams: false });
}

/** A greyscale PNG with dark horizontal bands, like lines of print seen from afar. */
function stripesPng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    const ink = y % 18 < 9 && y > 20 && y < height - 20;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = ink && x > 20 && x < width - 20 && (x * 7 + y) % 13 > 2 ? 40 : 235;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/* ---------- hand-written PDFs: broken or hostile on purpose ---------- */

/** A PDF from object bodies (object n is bodies[n-1]; object 1 is the catalog), with a correct xref table. */
export function assemblePdf(bodies: (string | Buffer)[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(bytes);
    offset += bytes.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

function stream(content: Buffer | string, dict = ''): Buffer {
  const data = typeof content === 'string' ? Buffer.from(content, 'latin1') : content;
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} ${dict}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A one-page PDF saying `text`, written by hand (no library between the test and the bytes). */
export function simplePdf(text: string, trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const content = `BT /F1 12 Tf 72 700 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
      stream(content),
      FONT,
      ...extraObjects,
    ],
    trailerExtra,
  );
}

/**
 * Locked with a password: a standard security handler whose user password is not empty. (The O and U
 * entries are random, so no password opens it: the reader must say it is protected, which is all it can do.)
 */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff)).toString('hex');
  return simplePdf('Secret text', `/Encrypt 6 0 R /ID [<${hex(16)}> <${hex(16)}>] `, [
    `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${hex(32)}> /U <${hex(32)}> >>`,
  ]);
}

/** A page tree that shares its subtrees: `depth` levels of two kids each, 2^depth pages in a few hundred bytes. */
export function pageCountBomb(depth: number): Uint8Array {
  // Objects: 1 catalog, 2 font, 3 content, 4 the one leaf page, 5.. the tree levels (5 is the root).
  const bodies: (string | Buffer)[] = ['<< /Type /Catalog /Pages 5 0 R >>', FONT, stream('BT /F1 12 Tf 72 700 Td (The same page again, as often as the page tree says.) Tj ET')];
  const level = (k: number) => 5 + k; // k = 0 is the root, k = depth - 1 the last level of nodes
  bodies.push(`<< /Type /Page /Parent ${level(depth - 1)} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 2 0 R >> >> /Contents 3 0 R >>`);
  for (let k = 0; k < depth; k++) {
    const kid = k === depth - 1 ? 4 : level(k + 1);
    const parent = k === 0 ? '' : `/Parent ${level(k - 1)} 0 R `;
    bodies.push(`<< /Type /Pages ${parent}/Kids [${kid} 0 R ${kid} 0 R] /Count ${2 ** (depth - k)} >>`);
  }
  return assemblePdf(bodies);
}

/** A content stream that inflates from a few hundred kilobytes to `megabytes` MB of text operators. */
export function decompressionBomb(megabytes: number): Uint8Array {
  const unit = Buffer.from('BT /F1 12 Tf 72 700 Td (x) Tj ET\n', 'latin1');
  const raw = Buffer.alloc(megabytes * 1024 * 1024);
  for (let i = 0; i + unit.length <= raw.length; i += unit.length) unit.copy(raw, i);
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(deflateSync(raw, { level: 9 }), '/Filter /FlateDecode '),
    FONT,
  ]);
}

/** A page whose dictionary nests arrays `depth` levels deep. */
export function deeplyNestedPdf(depth: number): Uint8Array {
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Nested ${'['.repeat(depth)}${']'.repeat(depth)} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    stream('BT /F1 12 Tf 72 700 Td (Nested) Tj ET'),
    FONT,
  ]);
}
