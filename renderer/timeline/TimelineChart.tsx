/**
 * The horizontal timeline: an SVG that zooms smoothly from hours to centuries (wheel or pinch
 * around the pointer, +/- keys animated) and pans (drag, arrow keys). Day-precise events are points,
 * coarser ones spans; approximate dates are dashed and hatched. Only what is in view is drawn, in a
 * bounded number of rows per lane; what does not fit becomes a "+n" cluster that zooms in on click.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { fitView, lanes as makeLanes, pan, place, ticks, zoomAt, type LaneMode, type PreparedEvent, type Viewport } from './layout';

const AXIS_H = 30;
const ROW_H = 22;
const LANE_PAD = 8;
const LABEL_W = 120;

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

  const laneList = useMemo(() => makeLanes(events, laneMode), [events, laneMode]);
  const rows = rowsPerLane ?? (laneMode === 'none' ? 8 : 3);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(200, el.clientWidth - LABEL_W));
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

  const animateZoom = useCallback((factor: number, x: number) => {
    if (animation.current) cancelAnimationFrame(animation.current);
    const steps = 8;
    let i = 0;
    const perStep = Math.pow(factor, 1 / steps);
    const tick = () => {
      setView((v) => (v ? zoomAt(v, perStep, x) : v));
      if (++i < steps) animation.current = requestAnimationFrame(tick);
      else animation.current = null;
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

  if (!view) return <div className="tl-chart" ref={box} />;

  const axis = ticks(view);
  let y = AXIS_H;
  const laneGeometry = laneList.map((lane) => {
    const { placed, clusters } = place(lane.events, view, rows);
    const used = Math.max(1, Math.min(rows, placed.reduce((m, p) => Math.max(m, p.row + 1), 0)) + (clusters.length ? 0 : 0));
    const height = used * ROW_H + LANE_PAD + (clusters.length ? ROW_H : 0);
    const g = { lane, placed, clusters, y, height };
    y += height;
    return g;
  });
  const totalH = Math.max(y + 8, 140);
  const svgW = view.width + LABEL_W;

  return (
    <div className="tl-chart" ref={box}>
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
        data-scale={axis.unit}
      >
        <defs>
          <pattern id="tl-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="tl-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="tl-hatch-line" />
          </pattern>
          <clipPath id="tl-plot">
            <rect x={LABEL_W} y={0} width={view.width} height={totalH} />
          </clipPath>
        </defs>
        <g clipPath="url(#tl-plot)">
          <g transform={`translate(${LABEL_W},0)`}>
            {axis.minor.map((x, i) => (
              <line key={`m${i}`} x1={x} x2={x} y1={AXIS_H - 6} y2={totalH} className="tl-grid-minor" />
            ))}
            {axis.major.map((t, i) => (
              <g key={`M${i}`}>
                <line x1={t.x} x2={t.x} y1={AXIS_H - 12} y2={totalH} className="tl-grid" />
                <text x={t.x + 3} y={14} className="tl-tick">
                  {t.label}
                </text>
              </g>
            ))}
            {laneGeometry.map(({ lane, placed, clusters, y: laneY, height }) => (
              <g key={lane.key} transform={`translate(0,${laneY})`}>
                <line x1={-LABEL_W} x2={view.width} y1={height} y2={height} className="tl-lane-sep" />
                {placed.map(({ p, x, width: w, row, labelRoom }) => {
                  const cy = row * ROW_H + ROW_H / 2 + 4;
                  const selected = p.event.id === selectedId;
                  const cls = `tl-event${p.event.date.approximate ? ' approximate' : ''}${selected ? ' selected' : ''}${p.event.sources.some((s) => s.status === 'source-changed') ? ' changed' : ''}`;
                  const name = `${p.event.title} — ${p.label}${p.event.date.approximate ? ' (approximate)' : ''}`;
                  return (
                    <g
                      key={p.event.id}
                      className={cls}
                      role="button"
                      tabIndex={-1}
                      aria-label={name}
                      data-event-id={p.event.id}
                      onClick={() => onActivate(p)}
                    >
                      {p.point ? (
                        <circle cx={x} cy={cy} r={5} />
                      ) : (
                        <rect x={x} y={cy - 6} width={w} height={12} rx={3} fill={p.event.date.approximate ? 'url(#tl-hatch)' : undefined} />
                      )}
                      {labelRoom >= 40 ? (
                        <text x={p.point ? x + 8 : Math.max(x, 0) + 4} y={cy + 4} className="tl-event-label">
                          {fitLabel(p.event.title, labelRoom)}
                        </text>
                      ) : null}
                    </g>
                  );
                })}
                {clusters.map((c, i) => (
                  <g
                    key={`c${i}`}
                    className="tl-cluster"
                    role="button"
                    aria-label={`${c.count} more events here; zoom in`}
                    onClick={() => setView((v) => (v ? fitView(c.start, c.end, v.width) : v))}
                  >
                    <rect x={c.x - 2} y={rows * ROW_H + 2} width={30} height={16} rx={8} />
                    <text x={c.x + 13} y={rows * ROW_H + 14} textAnchor="middle">
                      +{c.count}
                    </text>
                  </g>
                ))}
              </g>
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
