// Where a page's frames go, from a Chromium trace: bench:editor's --parts mode (editor.ts).

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Time on the thread's own clock: what a loaded machine stretches far less than the wall time. */
  tdur?: number;
  args?: { name?: string; data?: { message?: string; type?: string } };
}

/** The stages of a frame on the renderer's main thread, by their trace names, as reported. */
export const stages: [label: string, name: string][] = [
  ['frame', 'ProxyMain::BeginMainFrame'],
  ['style', 'UpdateLayoutTree'],
  ['layout', 'Layout'],
  ['prepaint', 'PrePaint'],
  ['paint', 'Paint'],
  ['layerize', 'Layerize'],
  ['commit', 'Commit'],
  ['hit-test', 'LayoutView::HitTest'],
  ['mousemove', 'EventHandler::handleMouseMoveEvent'],
  ['forced', 'Document::UpdateStyleAndLayout'],
  ['minor-gc', 'MinorGC'],
  ['major-gc', 'MajorGC'],
];

export interface FrameCosts {
  /** Frames begun on the main thread per key. */
  frames: number;
  /** Milliseconds per key of each stage, on the thread's clock (nested events are counted in their parents too). */
  perKey: Record<string, number>;
}

/**
 * Each page's frame costs over `keys` keys: the page's renderer is the one whose main thread
 * logged `console.timeStamp(mark)` (editor.ts marks each page so), whatever its process id.
 */
export function frameCosts(buffer: Buffer, marks: string[], keys: number): Map<string, FrameCosts> {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const threadOf = new Map<string, string>();
  for (const e of events) {
    const message = e.args?.data?.message;
    if (e.name === 'TimeStamp' && message && marks.includes(message)) threadOf.set(message, `${e.pid}:${e.tid}`);
  }
  const result = new Map<string, FrameCosts>();
  for (const mark of marks) {
    const thread = threadOf.get(mark);
    if (!thread || !mainThreads.has(thread)) throw new Error(`bench:editor: no main thread in the trace logged ${mark}`);
    const totals = new Map<string, { ms: number; count: number }>();
    for (const e of events) {
      if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== thread) continue;
      const total = totals.get(e.name) ?? { ms: 0, count: 0 };
      total.ms += (e.tdur ?? e.dur ?? 0) / 1000;
      total.count++;
      totals.set(e.name, total);
    }
    const perKey = Object.fromEntries(stages.map(([label, name]) => [label, (totals.get(name)?.ms ?? 0) / keys]));
    result.set(mark, { frames: (totals.get('ProxyMain::BeginMainFrame')?.count ?? 0) / keys, perKey });
  }
  return result;
}
