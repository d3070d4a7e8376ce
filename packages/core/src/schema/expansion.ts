/**
 * YAML aliases (`*name`) repeat an anchored node without repeating its text, so a few kilobytes
 * of nested aliases can stand for billions of values (the "billion laughs" bomb). js-yaml keeps
 * an alias as a reference to the one anchored object, so loading stays cheap; everything after
 * it — validation, the model, an error list — walks the expanded tree. This measures the
 * expansion with a budget and stops as soon as the budget is spent.
 *
 * Without aliases a document cannot have more values than characters (every value takes at
 * least one), so the budget is the text's length plus a margin: no document written out in
 * full ever reaches it, and any expansion that does is refused before it costs anything.
 */
export function expansionBudget(textLength: number): number {
  return textLength + 10_000;
}

/** True when `value` holds more than `budget` values once aliases are expanded. */
export function expandsPast(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (++seen > budget) return true;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (typeof node === 'object' && node !== null) {
      for (const item of Object.values(node)) stack.push(item);
    }
  }
  return false;
}
