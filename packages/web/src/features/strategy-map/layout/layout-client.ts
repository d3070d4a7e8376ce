/**
 * Asks the layout worker for a map layout. Results are kept per input (a few maps), so going back
 * to a map, or re-rendering it, never lays it out twice. Where no worker can start (tests, very
 * old browsers) ELK runs on the main thread instead.
 */
import { computeLayout, layoutKey } from './layout.ts';
import { readStoredLayout, storeLayout } from './layout-store.ts';
import type { LayoutReply, LayoutRequest } from './layout.worker.ts';
import type { LayoutGraph, MapLayout } from './types.ts';

const CACHE_SIZE = 8;
const cache = new Map<string, MapLayout>();
const pending = new Map<number, { resolve: (layout: MapLayout) => void; graph: LayoutGraph }>();
let worker: Worker | null | undefined;
let nextId = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const request = pending.get(event.data.id);
    pending.delete(event.data.id);
    request?.resolve(event.data.layout);
  };
  worker.onerror = () => {
    // The worker could not load: finish what it was asked on the main thread, and stay there.
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) void onMainThread(request.graph).then(request.resolve);
  };
  return worker;
}

/** Starts the worker (and its 1.6 MB of ELK) while the map's data is still loading. */
export function warmUpLayout(): void {
  startWorker();
}

async function onMainThread(graph: LayoutGraph): Promise<MapLayout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  return computeLayout(graph, (input) => elk.layout(input));
}

/** A layout already computed for this structure, in this tab or an earlier visit. */
export function cachedLayout(graph: LayoutGraph): MapLayout | undefined {
  const key = layoutKey(graph);
  const hit = cache.get(key) ?? readStoredLayout(key);
  if (hit) remember(key, hit);
  return hit;
}

function remember(key: string, layout: MapLayout): void {
  cache.set(key, layout);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

const inFlight = new Map<string, Promise<MapLayout>>();

/** The layout of a structure: from the caches, from a run already under way, or a new run. */
export function requestLayout(graph: LayoutGraph): Promise<MapLayout> {
  const key = layoutKey(graph);
  const running = inFlight.get(key);
  if (running) return running;
  const hit = cachedLayout(graph);
  if (hit) return Promise.resolve(hit);
  const run = runLayout(key, graph).finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}

async function runLayout(key: string, graph: LayoutGraph): Promise<MapLayout> {
  // Marks for profiling and the browser benchmark: how long the automatic layout took.
  performance.mark('bearing:map-layout-start');
  const target = startWorker();
  const layout = target
    ? await new Promise<MapLayout>((resolve) => {
        const id = nextId++;
        pending.set(id, { resolve, graph });
        const request: LayoutRequest = { id, graph };
        target.postMessage(request);
      })
    : await onMainThread(graph);
  performance.mark('bearing:map-layout-end');
  performance.measure('bearing:map-layout', 'bearing:map-layout-start', 'bearing:map-layout-end');
  remember(key, layout);
  storeLayout(key, layout);
  return layout;
}
