/**
 * The layout off the main thread: ELK takes a few hundred milliseconds on a 150-objective map,
 * which would freeze scrolling and typing if it ran beside React.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { computeLayout } from './layout.ts';
import type { LayoutGraph, MapLayout } from './types.ts';

export interface LayoutRequest {
  readonly id: number;
  readonly graph: LayoutGraph;
}

export interface LayoutReply {
  readonly id: number;
  readonly layout: MapLayout;
}

const elk = new ELK();

// elk.bundled.js claims `self.onmessage` when it loads inside a worker (it can be ELK's own
// worker script); this module's body runs after that import, so the handler below replaces it.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data;
  void computeLayout(graph, (input) => elk.layout(input)).then((layout) => {
    const reply: LayoutReply = { id, layout };
    self.postMessage(reply);
  });
};
