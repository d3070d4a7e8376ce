/**
 * Cycles in a directed graph given as adjacency lists. Iterative (no recursion limit on deep
 * cascades); each cycle is reported once, as the list of nodes along it.
 */
export function findCycles(
  nodes: Iterable<string>,
  edges: (node: string) => readonly string[],
): string[][] {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  const cycles: string[][] = [];
  for (const start of nodes) {
    if ((colour.get(start) ?? WHITE) !== WHITE) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    const onPath: string[] = [start];
    colour.set(start, GREY);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = edges(frame.node);
      if (frame.next >= targets.length) {
        colour.set(frame.node, BLACK);
        stack.pop();
        onPath.pop();
        continue;
      }
      const target = targets[frame.next++]!;
      const c = colour.get(target) ?? WHITE;
      if (c === GREY) {
        cycles.push(onPath.slice(onPath.indexOf(target)));
      } else if (c === WHITE) {
        colour.set(target, GREY);
        stack.push({ node: target, next: 0 });
        onPath.push(target);
      }
    }
  }
  return cycles;
}
