/**
 * The horizontal timeline: an SVG that zooms smoothly from hours to centuries (wheel or pinch
 * around the pointer, +/- keys animated) and pans (drag, arrow keys). Day-precise events are points,
 * coarser ones spans; approximate dates are dashed and hatched. Only what is in view is drawn, in a
 * bounded number of rows per lane; what does not fit becomes a "+n" cluster that zooms in on click.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { fitView, lanes as makeLanes, pan, place, priorityIds, ticks, zoomAt, type Cluster, type LaneMode, type Placed, type PreparedEvent, type Viewport } from './layout';

const AXIS_H = 30;
const ROW_H = 22;
const LANE_PAD = 8;
const LABEL_W = 120;
/** Labels (the accessible, clickable part of an event) are drawn only where this much room is free. */
const MIN_LABEL_PX = 60;

export interface TimelineChartProps {
  events: PreparedEvent[];
  laneMode: LaneMode;
  selectedId: string | null;
  onActivate(p: PreparedEvent): void;
  /** Rows per lane before events fold into clusters. */
  rowsPerLane?: number;
  /** Called with each rendered frame's duration (for the benchmark). */
  onFrame?: (ms: number) => void;
}

/** The title cut to the pixels available (about 6.5 px per character at 11 px). */
function fitLabel(title: string, room: number): string {
  const chars = Math.floor(room / 6.5);
  return title.length <= chars ? title : title.slice(0, Math.max(1, chars - 1)) + '…';
}

export function TimelineChart({ events, laneMode, selectedId, onActivate, rowsPerLane, onFrame }: TimelineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  /** The vertical window of the (scrollable) chart: lanes outside it are not drawn. */
  const [band, setBand] = useState({ top: 0, height: 2000 });
  const [view, setViewState] = useState<Viewport | null>(null);
  const viewRef = useRef<Viewport | null>(null);
  viewRef.current = view;
  // Input arrives faster than frames: apply every change to the latest view, render once per frame.
  const pendingView = useRef<Viewport | null>(null);
  const frameRequest = useRef<number | null>(null);
  const setView = useCallback((next: Viewport | null | ((v: Viewport | null) => Viewport | null)) => {
    const base = pendingView.current ?? viewRef.current;
    const value = typeof next === 'function' ? next(base) : next;
    pendingView.current = value;
    if (frameRequest.current === null) {
      frameRequest.current = requestAnimationFrame(() => {
        frameRequest.current = null;
        const v = pendingView.current;
        pendingView.current = null;
        // Input handled before React re-renders must build on this view, not the last rendered one.
        viewRef.current = v;
        setViewState(v);
      });
    }
  }, []);
  useEffect(() => () => {
    if (frameRequest.current !== null) cancelAnimationFrame(frameRequest.current);
  }, []);
  const animation = useRef<number | null>(null);
  const drag = useRef<{ x: number; id: number; moved: boolean } | null>(null);
  const pointers = useRef(new Map<number, number>());
  const pinch = useRef<number | null>(null);

  const geometry = useRef<{ placed: Placed[]; y: number; height: number }[]>([]);
  const canvas = useRef<HTMLCanvasElement>(null);
  /** A click on a marker (drawn as part of a path) finds the event under the pointer. */
  const onChartClick = (e: MouseEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left - LABEL_W;
    const y = e.clientY - rect.top;
    const lane = geometry.current.find((g) => y >= g.y && y < g.y + g.height);
    if (!lane || x < 0) return;
    let best: Placed | undefined;
    let bestDistance = 8;
    for (const item of lane.placed) {
      const cy = lane.y + rowY(item.row);
      if (Math.abs(y - cy) > 8) continue;
      const dx = item.p.point ? Math.abs(x - item.x) : x < item.x ? item.x - x : x > item.x + item.width ? x - item.x - item.width : 0;
      if (dx < bestDistance) {
        bestDistance = dx;
        best = item;
      }
    }
    if (best) onActivate(best.p);
  };
  const laneList = useMemo(() => makeLanes(events, laneMode), [events, laneMode]);
  // The selected event and the one most outlets report always show their labels.
  const priority = useMemo(() => priorityIds(events, selectedId), [events, selectedId]);
  const rows = rowsPerLane ?? (laneMode === 'none' ? 8 : 3);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      setWidth(Math.max(200, el.clientWidth - LABEL_W));
      setBand({ top: el.scrollTop, height: el.clientHeight || 2000 });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const fit = useCallback(() => {
    if (events.length === 0) {
      const now = Date.now();
      setView(fitView(now - 30 * 86_400_000, now, width));
      return;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of events) {
      if (p.start < lo) lo = p.start;
      if (p.end > hi) hi = p.end;
    }
    setView(fitView(lo, hi, width));
  }, [events, width]);

  // Fit when the data first arrives (or the view was never set); keep the user's zoom afterwards.
  const fitted = useRef(false);
  useEffect(() => {
    if (!fitted.current || !viewRef.current) {
      fit();
      fitted.current = events.length > 0;
    }
  }, [fit, events.length]);
  useEffect(() => {
    setView((v) => (v ? { ...v, width } : v));
  }, [width]);

  const zoomLeft = useRef(1);
  const animateZoom = useCallback((factor: number, x: number) => {
    if (animation.current) cancelAnimationFrame(animation.current);
    // A zoom still under way is finished as part of this one, so quick presses add up.
    zoomLeft.current *= factor;
    const steps = 8;
    let i = 0;
    const perStep = Math.pow(zoomLeft.current, 1 / steps);
    const tick = () => {
      zoomLeft.current /= perStep;
      setView((v) => (v ? zoomAt(v, perStep, x) : v));
      if (++i < steps) animation.current = requestAnimationFrame(tick);
      else {
        animation.current = null;
        zoomLeft.current = 1;
      }
    };
    animation.current = requestAnimationFrame(tick);
  }, []);

  // Wheel must be non-passive to prevent page zoom/scroll.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      const x = e.clientX - rect.left - LABEL_W;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey) {
        setView((v) => (v ? pan(v, -e.deltaX) : v));
        return;
      }
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const factor = Math.exp(e.deltaY * scale * (e.ctrlKey ? 0.01 : 0.0015));
      setView((v) => (v ? zoomAt(v, factor, x) : v));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const v = viewRef.current;
    if (!v) return;
    const mid = v.width / 2;
    if (e.key === '+' || e.key === '=') animateZoom(0.5, mid);
    else if (e.key === '-' || e.key === '_') animateZoom(2, mid);
    else if (e.key === 'ArrowLeft') setView((cur) => (cur ? pan(cur, cur.width / 8) : cur));
    else if (e.key === 'ArrowRight') setView((cur) => (cur ? pan(cur, -cur.width / 8) : cur));
    else if (e.key === '0' || e.key === 'Home') fit();
    else return;
    e.preventDefault();
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    pointers.current.set(e.pointerId, e.clientX);
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      pinch.current = Math.abs(a! - b!);
      drag.current = null;
      return;
    }
    drag.current = { x: e.clientX, id: e.pointerId, moved: false };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, e.clientX);
    if (pointers.current.size === 2 && pinch.current) {
      const [a, b] = [...pointers.current.values()];
      const dist = Math.abs(a! - b!);
      const rect = box.current!.getBoundingClientRect();
      const centre = (a! + b!) / 2 - rect.left - LABEL_W;
      if (dist > 0) setView((v) => (v ? zoomAt(v, pinch.current! / dist, centre) : v));
      pinch.current = dist;
      return;
    }
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.x;
    if (!d.moved && Math.abs(dx) < 3) return;
    if (!d.moved) {
      try {
        (e.currentTarget as Element).setPointerCapture(e.pointerId);
      } catch {
        // not a live pointer (synthetic events): dragging still works without capture
      }
    }
    d.moved = true;
    d.x = e.clientX;
    setView((v) => (v ? pan(v, dx) : v));
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    pointers.current.delete(e.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    // a drag is not a click
    if (drag.current?.moved) {
      const stop = (ev: Event) => ev.stopPropagation();
      window.addEventListener('click', stop, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', stop, { capture: true }), 0);
    }
    drag.current = null;
  };

  const frameStart = typeof performance !== 'undefined' ? performance.now() : 0;
  useEffect(() => {
    if (onFrame) requestAnimationFrame(() => onFrame(performance.now() - frameStart));
  });

  // Markers are painted on a canvas under the SVG: thousands of them cost a few milliseconds.
  useLayoutEffect(() => {
    const c = canvas.current;
    const el = box.current;
    if (!c || !el || !view) return;
    const ratio = window.devicePixelRatio || 1;
    const w = view.width + LABEL_W;
    const h = Number(c.dataset.height ?? 0);
    if (c.width !== Math.round(w * ratio) || c.height !== Math.round(h * ratio)) {
      c.width = Math.round(w * ratio);
      c.height = Math.round(h * ratio);
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const css = getComputedStyle(el);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const accent = color('--accent', '#2457c5');
    const error = color('--error', '#b3261e');
    const paper = color('--bg-raised', '#ffffff');
    const ink = color('--fg', '#1d1c1a');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.save();
    ctx.beginPath();
    ctx.rect(LABEL_W, 0, view.width, h);
    ctx.clip();
    ctx.translate(LABEL_W, 0);
    ctx.lineWidth = 1.5;
    for (const lane of geometry.current) {
      if (!(lane.y < band.top + band.height && lane.y + lane.height > band.top)) continue;
      for (const { p, x, width: wd, row } of lane.placed) {
        const cy = lane.y + rowY(row);
        const changed = p.event.sources.some((src) => src.status === 'source-changed');
        const stroke = changed ? error : accent;
        ctx.beginPath();
        if (p.point) ctx.arc(x, cy, 5, 0, Math.PI * 2);
        else ctx.rect(x, cy - 6, wd, 12);
        if (p.event.date.approximate) {
          ctx.fillStyle = paper;
          ctx.fill();
          ctx.setLineDash([3, 2]);
        } else {
          ctx.globalAlpha = 0.75;
          ctx.fillStyle = stroke;
          ctx.fill();
          ctx.globalAlpha = 1;
        }
        ctx.strokeStyle = stroke;
        ctx.stroke();
        ctx.setLineDash([]);
        if (p.event.id === selectedId) {
          ctx.lineWidth = 2.5;
          ctx.strokeStyle = ink;
          ctx.stroke();
          ctx.lineWidth = 1.5;
        }
      }
    }
    ctx.restore();
  });

  if (!view) return <div className="tl-chart" ref={box} />;

  const axis = ticks(view);
  let y = AXIS_H;
  const laneGeometry = laneList.map((lane) => {
    const { placed, clusters } = place(lane.events, view, rows, priority);
    const used = Math.max(1, Math.min(rows, placed.reduce((m, p) => Math.max(m, p.row + 1), 0)));
    const height = used * ROW_H + LANE_PAD + (clusters.length ? ROW_H : 0);
    const g = { lane, placed, clusters, y, height };
    y += height;
    return g;
  });
  geometry.current = laneGeometry;
  const totalH = Math.max(y + 8, 140);
  const svgW = view.width + LABEL_W;

  return (
    <div className="tl-chart" ref={box} onScroll={(e) => setBand({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
      <canvas ref={canvas} className="tl-canvas" data-height={totalH} aria-hidden="true" />
      <svg
        role="application"
        aria-label={`Timeline chart, ${events.length} events; scroll or +/- to zoom, drag or arrows to pan, 0 to fit`}
        aria-roledescription="zoomable timeline"
        tabIndex={0}
        width={svgW}
        height={totalH}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClick={onChartClick}
        data-scale={axis.unit}
        data-visible-ms={Math.round(view.width * view.msPerPx)}
        data-start-ms={Math.round(view.start)}
      >
        <defs>
          <clipPath id="tl-plot">
            <rect x={LABEL_W} y={0} width={view.width} height={totalH} />
          </clipPath>
        </defs>
        <g clipPath="url(#tl-plot)">
          <g transform={`translate(${LABEL_W},0)`}>
            <path d={axis.minor.map((x) => `M${x.toFixed(1)} ${AXIS_H - 6}V${totalH}`).join('')} className="tl-grid-minor" />
            <path d={axis.major.map((t) => `M${t.x.toFixed(1)} ${AXIS_H - 12}V${totalH}`).join('')} className="tl-grid" />
            {axis.major.map((t, i) => (
              <text key={`M${i}`} x={t.x + 3} y={14} className="tl-tick">
                {t.label}
              </text>
            ))}
            {laneGeometry.map(({ lane, placed, clusters, y: laneY, height }) => (
              <Lane key={lane.key} visible={laneY < band.top + band.height && laneY + height > band.top} placed={placed} clusters={clusters} y={laneY} height={height} rows={rows} width={view.width} selectedId={selectedId} onActivate={onActivate} onZoomTo={(c) => setView((v) => (v ? fitView(c.start, c.end, v.width) : v))} />
            ))}
          </g>
        </g>
        {laneGeometry.map(({ lane, y: laneY }) => (
          <text key={`l-${lane.key}`} x={6} y={laneY + 16} className="tl-lane-label">
            {lane.key.length > 16 ? lane.key.slice(0, 15) + '…' : lane.key} <tspan className="tl-lane-count">({lane.events.length})</tspan>
          </text>
        ))}
      </svg>
      <div className="tl-chart-tools" role="toolbar" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" onClick={() => animateZoom(0.5, view.width / 2)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => animateZoom(2, view.width / 2)}>
          −
        </button>
        <button type="button" onClick={fit}>
          Fit
        </button>
        <span className="muted tl-scale">{axis.unit.replace(/^1 /, '')} ticks</span>
      </div>
    </div>
  );
}

const rowY = (row: number) => row * ROW_H + ROW_H / 2 + 4;
const reportCount = (p: PreparedEvent) => new Set(p.event.sources.map((s) => s.publisher ?? s.articleId)).size;

/**
 * One lane's SVG part (markers are on the canvas): labels as the accessible, clickable elements
 * (role button, named by title and date), and "+n" clusters.
 */
function Lane({
  visible,
  placed,
  clusters,
  y,
  height,
  rows,
  width,
  selectedId,
  onActivate,
  onZoomTo,
}: {
  visible: boolean;
  placed: Placed[];
  clusters: Cluster[];
  y: number;
  height: number;
  rows: number;
  width: number;
  selectedId: string | null;
  onActivate(p: PreparedEvent): void;
  onZoomTo(c: Cluster): void;
}) {
  if (!visible) return <line x1={-LABEL_W} x2={width} y1={y + height} y2={y + height} className="tl-lane-sep" />;
  return (
    <g transform={`translate(0,${y})`}>
      <line x1={-LABEL_W} x2={width} y1={height} y2={height} className="tl-lane-sep" />
      {placed.map((item) =>
        item.priority || item.labelRoom >= MIN_LABEL_PX ? (
          <text
            key={item.p.event.id}
            x={item.p.point ? item.x + 8 : Math.max(item.x, 0) + 4}
            y={rowY(item.row) + 4}
            className={`tl-event-label${item.p.event.id === selectedId ? ' selected' : ''}${item.priority ? ' priority' : ''}${item.p.event.date.approximate ? ' approximate' : ''}`}
            role="button"
            tabIndex={-1}
            aria-label={`${item.p.event.title} — ${item.p.label}${item.p.event.date.approximate ? ' (approximate)' : ''}${reportCount(item.p) > 1 ? ` — ${reportCount(item.p)} outlets` : ''}`}
            data-event-id={item.p.event.id}
            onClick={(e) => {
              e.stopPropagation();
              onActivate(item.p);
            }}
          >
            {fitLabel(item.p.event.title, item.labelRoom)}
          </text>
        ) : null,
      )}
      {clusters.map((c, i) => (
        <g key={`c${i}`} className="tl-cluster" role="button" aria-label={`${c.count} more events here; zoom in`} onClick={(e) => (e.stopPropagation(), onZoomTo(c))}>
          <rect x={c.x - 2} y={rows * ROW_H + 2} width={30} height={16} rx={8} />
          <text x={c.x + 13} y={rows * ROW_H + 14} textAnchor="middle">
            +{c.count}
          </text>
        </g>
      ))}
    </g>
  );
}
