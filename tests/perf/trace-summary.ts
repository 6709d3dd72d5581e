/** One event of Chromium's trace format (the fields this summary reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
}

interface CpuProfileChunk {
  nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber?: number } }[];
  samples?: number[];
}

const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;

/**
 * A text summary of a page load's trace: the requests in time order, and for each
 * busy thread of the page (main thread, workers) its longest tasks and the functions
 * with the most self time, from V8's sampling profiler. Times are from navigation start.
 */
export function summariseTrace(events: readonly TraceEvent[]): string[] {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'))
    .at(-1);
  if (!navigation) return ['no navigation in the trace'];
  const t0 = navigation.ts;
  const pid = navigation.pid;
  const out: string[] = [];

  out.push('Requests (start → finish):');
  const starts = new Map<string, { url: string; ts: number }>();
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'ResourceSendRequest' && data) starts.set(String(data.requestId), { url: String(data.url), ts: e.ts });
    if (e.name === 'ResourceFinish' && data) {
      const start = starts.get(String(data.requestId));
      if (start) out.push(`  ${ms(start.ts - t0).padStart(7)} → ${ms(e.ts - t0).padStart(7)}  ${new URL(start.url).pathname}`);
    }
  }

  const threads = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    const key = `${e.pid}:${e.tid}`;
    threads.set(key, [...(threads.get(key) ?? []), e]);
  }
  for (const [key, list] of threads) {
    const name = threadNames.get(key) ?? key;
    const tasks = list.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= t0 && (e.dur ?? 0) > 0);
    const busy = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy < 20_000) continue;
    out.push('', `${name}: busy ${ms(busy)} in ${tasks.length} tasks; tasks over 30 ms:`);
    const samples = samplesOf(events, key);
    for (const task of tasks.filter((e) => (e.dur ?? 0) > 30_000)) {
      const end = task.ts + (task.dur ?? 0);
      const inside = list.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 5_000);
      const what = inside
        .filter((e) => e.name !== 'RunTask')
        .slice(0, 6)
        .map((e) => {
          const data = e.args?.data;
          const label = data?.functionName || data?.url ? ` ${String(data.functionName ?? '')}${data.url ? `@${String(data.url).split('/').pop()}` : ''}` : '';
          return `${e.name}${label} ${ms(e.dur ?? 0)}`;
        });
      out.push(`  at ${ms(task.ts - t0).padStart(7)}: ${ms(task.dur ?? 0).padStart(6)}  ${what.join('; ')}`);
      const top = selfTimes(samples, task.ts, end).slice(0, 6);
      if (top.length) out.push(`      ${top.map(([fn, us]) => `${fn} ${ms(us)}`).join(', ')}`);
    }
    const self = selfTimes(samples);
    if (self.length) {
      out.push('  most self time (sampled):');
      for (const [fn, us] of self.slice(0, 15)) out.push(`    ${ms(us).padStart(7)}  ${fn}`);
    }
  }
  return out;
}

interface Sample {
  ts: number;
  fn: string;
  us: number;
}

/**
 * V8's sampling profiler on one thread: each sample's time, function and weight. The
 * chunks are written by a profiler thread; the `Profile` event with the same id sits
 * on the thread that was sampled and gives the start time.
 */
function samplesOf(events: readonly TraceEvent[], thread: string): Sample[] {
  const starts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && `${e.pid}:${e.tid}` === thread) starts.set(`${e.pid}:${e.id}`, Number(e.args?.data?.startTime ?? e.ts));
  }
  const frames = new Map<string, string>();
  const clock = new Map(starts);
  const samples: Sample[] = [];
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name !== 'ProfileChunk' || !starts.has(key)) continue;
    const profile = e.args?.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? ` ${url.split('/').pop()}${lineNumber === undefined ? '' : `:${lineNumber + 1}`}` : '';
      frames.set(`${key}:${node.id}`, `${functionName || '(anonymous)'}${where}`);
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile?.samples ?? []).forEach((node, i) => {
      const ts = (clock.get(key) ?? 0) + (deltas[i] ?? 0);
      clock.set(key, ts);
      samples.push({ ts, fn: frames.get(`${key}:${node}`) ?? '?', us: deltas[i + 1] ?? 0 });
    });
  }
  return samples;
}

/** Self time per function, largest first, from the samples in [from, to). */
function selfTimes(samples: readonly Sample[], from = -Infinity, to = Infinity): [string, number][] {
  const totals = new Map<string, number>();
  for (const { ts, fn, us } of samples) if (ts >= from && ts < to) totals.set(fn, (totals.get(fn) ?? 0) + us);
  return [...totals].filter(([fn]) => fn !== '(idle)' && fn !== '(program)' && fn !== '(root)').sort((a, b) => b[1] - a[1]);
}
