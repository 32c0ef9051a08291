/**
 * Frame times of the timeline chart in Chromium while zooming and panning, with 5,000 events
 * against a baseline of 50 events measured in the same run (same page, same machine load).
 * Builds renderer/timeline/bench/ with Vite, serves it on 127.0.0.1, drives Debian's Chromium.
 */
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

interface FrameStats {
  events: number;
  lanes: string;
  frames: number;
  mean: number;
  p95: number;
  max: number;
  /** Frames slower than 50 ms (visible stutter). */
  long: number;
}

function stats(events: number, lanes: string, intervals: number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    events,
    lanes,
    frames: intervals.length,
    mean: intervals.reduce((a, b) => a + b, 0) / Math.max(1, intervals.length),
    p95: pick(0.95),
    max: sorted[sorted.length - 1] ?? 0,
    long: intervals.filter((x) => x > 50).length,
  };
}

async function buildPage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    root: path.join(REPO, 'renderer', 'timeline', 'bench'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0 },
  });
}

function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) });
    }),
  );
}

export async function runTimelineBench(options: { frames?: number; log?: (line: string) => void } = {}): Promise<string> {
  const frames = options.frames ?? 240;
  const log = options.log ?? (() => {});
  try {
    await fs.access(CHROMIUM);
  } catch {
    return `timeline frame-time benchmark skipped: no Chromium at ${CHROMIUM} (set DOSSIER_CHROMIUM)`;
  }
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-timeline-bench-'));
  log('timeline bench: building the page');
  await buildPage(outDir);
  const server = await serve(outDir);
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results: FrameStats[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    for (const [events, lanes] of [
      [50, 'none'],
      [5000, 'none'],
      [50, 'actor'],
      [5000, 'actor'],
    ] as const) {
      log(`timeline bench: ${events} events, lanes ${lanes}`);
      await page.goto(`${server.url}?n=${events}&lanes=${lanes}`);
      await page.waitForFunction((n) => document.title === `ready ${n}` && !!document.querySelector('.tl-chart svg'), events);
      await page.evaluate((f) => window.runTimelineFrames(Math.min(30, f)), frames); // warm-up
      const intervals = await page.evaluate((f) => window.runTimelineFrames(f), frames);
      results.push(stats(events, lanes, intervals));
    }
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(outDir, { recursive: true, force: true });
  }
  const lines = ['Timeline chart, Chromium (software rendering), frame intervals while zooming and panning every frame:'];
  lines.push('  events  lanes   frames  mean ms  p95 ms  max ms  >50ms');
  for (const r of results) {
    lines.push(`  ${String(r.events).padStart(6)}  ${r.lanes.padEnd(6)}  ${String(r.frames).padStart(6)}  ${r.mean.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(6)}  ${r.max.toFixed(1).padStart(6)}  ${String(r.long).padStart(5)}`);
  }
  for (const lanes of ['none', 'actor']) {
    const base = results.find((r) => r.events === 50 && r.lanes === lanes)!;
    const big = results.find((r) => r.events === 5000 && r.lanes === lanes)!;
    lines.push(`  5,000 vs 50 events (lanes ${lanes}): mean ×${(big.mean / base.mean).toFixed(2)}, p95 ×${(big.p95 / base.p95).toFixed(2)}`);
  }
  return lines.join('\n');
}
