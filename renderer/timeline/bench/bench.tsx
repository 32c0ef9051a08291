/**
 * The page main/bench/timeline-bench.ts drives: the real TimelineChart with N synthetic events
 * (?n=5000&lanes=actor), and `window.runTimelineFrames(frames)` which zooms (wheel) and pans (drag)
 * once per animation frame and returns the frame intervals it observed.
 */
import { createRoot } from 'react-dom/client';
import type { TimelineEvent } from '../../../shared/timeline';
import { prepare, type LaneMode } from '../layout';
import { TimelineChart } from '../TimelineChart';
import '../../styles.css';
import '../timeline.css';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 5000);
const laneMode = (params.get('lanes') ?? 'none') as LaneMode;
const at = '2026-01-01T00:00:00.000Z';
const DAY = 86_400_000;

// Deterministic pseudo-random events spread over 30 years: mostly days, some months, years and ranges.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const events: TimelineEvent[] = [];
for (let i = 0; i < n; i++) {
  const start = Date.UTC(1995, 0, 1) + Math.floor(random() * 30 * 365) * DAY;
  const kind = random();
  const span = kind < 0.7 ? 0 : kind < 0.85 ? 30 : kind < 0.95 ? 120 : 365 * (1 + Math.floor(random() * 5));
  events.push({
    id: `e${i}`,
    title: `Event ${i}: something happened`,
    description: '',
    date: { start: iso(start), end: iso(start + span * DAY), precision: span === 0 ? 'day' : 'range', approximate: random() < 0.2, value: null, text: null },
    actors: [`Actor ${Math.floor(random() * 12)}`],
    place: null,
    tags: [],
    dateFrom: 'sources',
    sources: [],
    origin: 'manual',
    createdAt: at,
    updatedAt: at,
  });
}
const prepared = prepare(events);

declare global {
  interface Window {
    runTimelineFrames(frames: number): Promise<number[]>;
  }
}

window.runTimelineFrames = (frames: number) =>
  new Promise((resolve) => {
    const svg = document.querySelector('.tl-chart svg') as SVGSVGElement;
    const box = document.querySelector('.tl-chart') as HTMLElement;
    const rect = svg.getBoundingClientRect();
    const y = rect.top + 40;
    let x = rect.left + rect.width / 2;
    const intervals: number[] = [];
    let last = performance.now();
    let i = 0;
    svg.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: x, clientY: y, pointerId: 1 }));
    const step = (now: number) => {
      intervals.push(now - last);
      last = now;
      // Zoom in for a while, then out (hours to decades), panning all along.
      const phase = Math.floor(i / (frames / 4)) % 2;
      box.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY: phase === 0 ? -60 : 60 }));
      x += i % 40 < 20 ? 6 : -6;
      svg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y, pointerId: 1 }));
      if (++i < frames) requestAnimationFrame(step);
      else {
        svg.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: x, clientY: y, pointerId: 1 }));
        resolve(intervals.slice(1));
      }
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(step);
    });
  });

createRoot(document.getElementById('root')!).render(
  <div style={{ width: 1280 }}>
    <TimelineChart events={prepared} laneMode={laneMode} selectedId={null} onActivate={() => {}} />
  </div>,
);
document.title = `ready ${n}`;
