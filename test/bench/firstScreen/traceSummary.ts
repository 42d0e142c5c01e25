/** Sums a Chrome trace's renderer main thread into the kinds of work the first-screen report names. */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string }; fileName?: string; url?: string };
}

/** Event name → the kind of work its self time counts as (anything else inside a task is "other"). */
const kindOf: Record<string, string> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  'v8.parseOnBackground': 'compile',
  EvaluateScript: 'evaluate',
  'v8.evaluateModule': 'evaluate',
  'v8.run': 'js',
  'V8.BytecodeBudgetInterrupt': 'js',
  'V8.BytecodeBudgetInterruptWithStackCheck': 'js',
  'V8.DeoptimizeCode': 'js',
  'V8.StackGuard': 'js',
  'V8.HandleInterrupts': 'js',
  BlinkScheduler_PerformMicrotaskCheckpoint: 'js',
  'SimpleWatcher::OnHandleReady': 'ipc',
  'Receive mojo message': 'ipc',
  'ThrottlingURLLoader::OnReceiveResponse': 'ipc',
  'MojoURLLoaderClient::OnReceiveResponse': 'ipc',
  'ResourceRequestSender::OnReceivedResponse': 'ipc',
  FunctionCall: 'js',
  'V8.Execute': 'js',
  TimerFire: 'js',
  EventDispatch: 'js',
  FireAnimationFrame: 'js',
  RunMicrotasks: 'js',
  'v8.callFunction': 'js',
  MinorGC: 'gc',
  'V8.GCScavenger': 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  ParseHTML: 'parseHtml',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
};

const urlOf = (e: TraceEvent): string | undefined => {
  const raw = e.args?.data?.url ?? e.args?.fileName ?? e.args?.url;
  if (!raw) return undefined;
  try {
    return new URL(raw).pathname.replace(/^\/assets\//, '');
  } catch {
    return raw;
  }
};

const ms = (us: number) => Math.round(us / 100) / 10;

export function summariseTrace(events: TraceEvent[]) {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  // The page's main thread is the renderer main thread that evaluated the most script.
  const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
  const scriptCount = new Map<string, number>();
  for (const e of complete) {
    if (e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript')
      scriptCount.set(key(e), (scriptCount.get(key(e)) ?? 0) + 1);
  }
  const main = mains.map(key).sort((a, b) => (scriptCount.get(b) ?? 0) - (scriptCount.get(a) ?? 0))[0];
  const onMain = complete.filter((e) => key(e) === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time per kind: walk the nesting with a stack, charging each event its duration minus its children's.
  const selfByKind = new Map<string, number>();
  // Outermost events are the main thread's tasks: their sum is busy time, the rest of the window is idle.
  let busy = 0;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  const perChunk = new Map<string, { compile: number; evaluate: number }>();
  const stack: { e: TraceEvent; childUs: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= upTo) {
      const { e, childUs } = stack.pop()!;
      const kind = kindOf[e.name] ?? (stack.length === 0 ? 'taskOverhead' : 'other');
      selfByKind.set(kind, (selfByKind.get(kind) ?? 0) + e.dur! - childUs);
      if (stack.length) stack[stack.length - 1]!.childUs += e.dur!;
    }
  };
  for (const e of onMain) {
    close(e.ts);
    const url = urlOf(e);
    const outerSame = stack.some((s) => s.e.name === e.name);
    if (url && url.endsWith('.js') && !outerSame) {
      const row = perChunk.get(url) ?? { compile: 0, evaluate: 0 };
      if (kindOf[e.name] === 'compile') row.compile += e.dur!;
      if (e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript') row.evaluate += e.dur!;
      perChunk.set(url, row);
    }
    if (stack.length === 0) {
      busy += e.dur!;
      start = Math.min(start, e.ts);
      end = Math.max(end, e.ts + e.dur!);
    }
    stack.push({ e, childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);

  // Script parsing runs on background threads (streamed while downloading): summed per chunk, any thread.
  const parsedOffMain = new Map<string, number>();
  for (const e of complete) {
    const url = e.name === 'v8.parseOnBackground' ? urlOf(e) : undefined;
    if (url) parsedOffMain.set(url, (parsedOffMain.get(url) ?? 0) + e.dur!);
  }
  return {
    windowMs: ms(end - start),
    busyMs: ms(busy),
    idleMs: ms(end - start - busy),
    selfMsByKind: Object.fromEntries([...selfByKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    backgroundParseMs: Object.fromEntries(
      [...parsedOffMain]
        .filter(([, v]) => v >= 5000)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, ms(v)]),
    ),
    perChunkMs: Object.fromEntries(
      [...perChunk]
        .filter(([, v]) => v.compile + v.evaluate >= 2000)
        .sort((a, b) => b[1].compile + b[1].evaluate - (a[1].compile + a[1].evaluate))
        .map(([k, v]) => [k, `compile ${ms(v.compile)} / evaluate ${ms(v.evaluate)}`]),
    ),
  };
}
