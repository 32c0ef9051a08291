/**
 * Writes the committed PDF fixtures of this folder: `npx tsx main/testdata/pdf/generate.ts`.
 * Tests read the committed files (so a change to the generator shows up as a change to them).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportPdf, scannedPdf } from './make-pdfs';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here('report.pdf'), await reportPdf());
writeFileSync(here('scan.pdf'), await scannedPdf());
process.stdout.write('wrote report.pdf and scan.pdf\n');
