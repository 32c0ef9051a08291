/**
 * pdf.js (pdfjs-dist, pinned: the text-content item shape below is its internals) loaded for Node: the
 * legacy build (the modern one needs Node 22), its worker code run in this thread (the caller is already a
 * worker of the parse pool), no font loading, no eval of font programs. Loaded on first use only, so
 * a library without PDFs never pays for it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TextRun } from './pdf-lines';

type Pdfjs = typeof import('pdfjs-dist');
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    // pdf.js looks for its worker's message handler here before trying to start a worker of its own.
    const worker = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as { WorkerMessageHandler: unknown };
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs;
  })();
  return loading;
}

/** Where pdf.js's character maps (CJK encodings) and standard font metrics are, or null if not found. */
function dataDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  } catch {
    return null;
  }
}

let documentOptions: Record<string, unknown> | undefined;

/** Options for getDocument: nothing executed, nothing fetched, no fonts installed; errors are ours to report. */
export function pdfOptions(): Record<string, unknown> {
  if (!documentOptions) {
    const dir = dataDir();
    documentOptions = {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      isOffscreenCanvasSupported: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(dir
        ? {
            cMapUrl: path.join(dir, 'cmaps') + path.sep,
            cMapPacked: true,
            standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
          }
        : {}),
    };
  }
  return documentOptions;
}

/** The fields of a pdf.js text item this reader uses. */
export interface PdfTextItem {
  str: string;
  dir: string;
  width: number;
  transform: number[];
}

type Matrix = readonly number[];

function multiply(m: Matrix, n: Matrix): number[] {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

/**
 * Text items -> runs in the coordinates of the page as displayed (y down). Text at an angle to the page
 * (a stamp in the margin) is left out, unless the page holds no upright text at all (a page drawn
 * sideways), in which case the text is turned upright.
 */
export function runsOf(items: readonly unknown[], viewportTransform: Matrix): TextRun[] {
  const placed: { item: PdfTextItem; m: number[]; angle: number }[] = [];
  for (const raw of items) {
    const item = raw as Partial<PdfTextItem>;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform) || item.str.trim() === '') continue;
    const m = multiply(viewportTransform, item.transform);
    // Quarter turns: 0 is upright text, 1 runs downwards, 2 upside down, 3 upwards.
    const angle = ((Math.round(Math.atan2(m[1]!, m[0]!) / (Math.PI / 2)) % 4) + 4) % 4;
    placed.push({ item: item as PdfTextItem, m, angle });
  }
  const upright = placed.filter((p) => p.angle === 0);
  let chosen = upright;
  let turn = 0;
  if (upright.length === 0 && placed.length > 0) {
    const counts = [0, 0, 0, 0];
    for (const p of placed) counts[p.angle]!++;
    turn = counts.indexOf(Math.max(...counts));
    chosen = placed.filter((p) => p.angle === turn);
  }
  const cos = Math.cos((turn * Math.PI) / 2);
  const sin = Math.sin((turn * Math.PI) / 2);
  const runs: TextRun[] = [];
  for (const { item, m } of chosen) {
    const size = Math.hypot(m[2]!, m[3]!);
    if (!(size > 0) || !Number.isFinite(size)) continue;
    const [e, f] = [m[4]!, m[5]!];
    runs.push({
      text: item.str,
      x: e * cos + f * sin,
      y: -e * sin + f * cos,
      width: Math.abs(item.width) || 0,
      size,
      rtl: item.dir === 'rtl',
    });
  }
  return runs;
}
